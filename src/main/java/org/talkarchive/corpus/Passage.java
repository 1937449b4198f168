package org.talkarchive.corpus;

/**
 * A timed stretch of a talk's transcript (about 30-60 s, cut at sentence ends).
 *
 * @param ordinal position within the talk's transcript, from 0
 * @param start   seconds from the start of the video
 * @param end     seconds from the start of the video
 */
public record Passage(String talkId, int ordinal, double start, double end, String text) {
}
