package org.talkarchive.search.eval;

/** A transcript passage a system showed for a query: its talk and its time span in seconds. */
public record ShownPassage(String talkId, double start, double end) {

    /** Whether this passage points at the judged moment: the right talk, and time spans that overlap. */
    public boolean hits(JudgedMoment moment) {
        return talkId.equals(moment.talkId()) && start < moment.end() && end > moment.start();
    }
}
