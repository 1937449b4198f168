package org.talkarchive.search;

/**
 * A document an engine found: a talk, or a passage of a talk's transcript (its position in the transcript), with
 * the engine's score.
 *
 * @param ordinal the passage's position in its transcript, or {@link #TALK} for the talk itself
 */
public record Hit(String talkId, int ordinal, double score) {

    public static final int TALK = -1;

    public static Hit talk(String talkId, double score) {
        return new Hit(talkId, TALK, score);
    }

    Ranked ranked() {
        return new Ranked(talkId, score);
    }

    PassageMatch passage() {
        return new PassageMatch(talkId, ordinal, score);
    }
}
