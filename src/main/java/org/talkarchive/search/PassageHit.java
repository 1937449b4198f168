package org.talkarchive.search;

/**
 * A transcript passage that matched, with a deep link into the video at its start.
 *
 * @param text the passage, with what matched
 * @param link e.g. {@code https://www.youtube.com/watch?v=ID&t=123s}, or null when the talk has no video
 */
public record PassageHit(double start, double end, Fragment text, String link) {
}
