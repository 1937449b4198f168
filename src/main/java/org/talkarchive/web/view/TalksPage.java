package org.talkarchive.web.view;

import java.util.List;

/**
 * The {@code /talks} directory: one page of all talks, newest first, narrowed by plain links (no script needed).
 *
 * @param browse    one group of links per browsable dimension (season, year, series where the corpus has them)
 * @param searchUrl the same talks on the search page, to narrow further
 */
public record TalksPage(int total, List<Browse> browse, List<TalkCard> talks, Pager pager, String searchUrl) {

    /** The values of one dimension; {@code href} of a selected option removes it. */
    public record Browse(String label, List<Option> options) {
    }

    public record Option(String label, String href, int count, boolean selected) {
    }
}
