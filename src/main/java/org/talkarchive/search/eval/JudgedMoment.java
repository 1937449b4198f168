package org.talkarchive.search.eval;

/** The moment of a talk that answers a passage query, as a judge marked it: a time span in seconds. */
public record JudgedMoment(String talkId, double start, double end) {
    public JudgedMoment {
        if (!(end > start) || start < 0) {
            throw new IllegalArgumentException("not a time span: " + start + ".." + end);
        }
    }
}
