package org.talkarchive.corpus;

/**
 * One caption of a transcript file.
 *
 * @param start seconds from the start of the video
 * @param end   seconds from the start of the video
 * @param line  line of the cue's timing in its file, for error messages
 */
public record Cue(double start, double end, String text, int line) {
}
