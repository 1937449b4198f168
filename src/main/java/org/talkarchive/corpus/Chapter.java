package org.talkarchive.corpus;

/**
 * A chapter of a talk's video (YouTube chapters): where it starts and what it is called. Chapters are shown on the
 * talk page as deep links and start a new transcript passage, so a passage never straddles two chapters.
 *
 * @param start seconds from the start of the video
 */
public record Chapter(double start, String title) {

    /** "12:03" or "1:02:03", the form talk files use. */
    public String clock() {
        return Clocks.format(start);
    }
}
