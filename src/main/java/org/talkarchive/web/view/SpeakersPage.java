package org.talkarchive.web.view;

import java.util.List;

/**
 * The {@code /speakers} directory: speakers A-Z, one letter (or all) per page, with a jump to every letter.
 *
 * @param letter the letter shown, or null for all
 */
public record SpeakersPage(int total, String letter, List<Letter> letters, List<Entry> speakers, Pager pager) {

    /** @param href null when no speaker's name starts with it */
    public record Letter(String label, String href, boolean current) {
    }

    /** @param affiliation as written on their latest talk; may be null */
    public record Entry(String name, String href, String affiliation, int count, List<Link> talks) {
    }
}
