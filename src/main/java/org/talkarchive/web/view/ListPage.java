package org.talkarchive.web.view;

import java.util.List;

/**
 * A topic, dataset, speaker or season page: a heading, what is known about it, and its talks.
 *
 * @param kind      "Topic", "Dataset", "Speaker" or "Season", shown above the heading
 * @param facts     label → value lines (affiliation, modality, ...); links in {@code links}
 * @param searchUrl   the same talks as a search, to narrow further
 * @param feedUrl     the same talks as a saved-search Atom feed; may be null
 * @param calendarUrl their upcoming talks as iCalendar; may be null
 */
public record ListPage(String kind, String title, String description, List<Fact> facts, List<Link> links,
                       List<TalkCard> talks, String searchUrl, String feedUrl, String calendarUrl) {

    public record Fact(String label, String value) {
    }
}
