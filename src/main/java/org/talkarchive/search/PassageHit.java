package org.talkarchive.search;

/**
 * A transcript passage that matched, with a deep link into the video at its start.
 *
 * @param text     the whole passage, with every match marked
 * @param fragment the passage's best sentence or two with their matches, for compact lists; the whole passage's
 *                 opening when no word matched (a match by meaning only)
 * @param link     e.g. {@code https://www.youtube.com/watch?v=ID&t=123s}, or null when the talk has no video
 */
public record PassageHit(double start, double end, Fragment text, Fragment fragment, String link) {
}
