package org.talkarchive.web.view;

import java.util.List;

/**
 * A topic, dataset, speaker or season page: a heading, what is known about it, and its talks.
 *
 * @param kind      "Topic", "Dataset", "Speaker" or "Season", shown above the heading
 * @param facts     label → value lines (affiliation, modality, ...); links in {@code links}
 * @param searchUrl the same talks as a search, to narrow further
 */
public record ListPage(String kind, String title, String description, List<Fact> facts, List<Link> links,
                       List<TalkCard> talks, String searchUrl) {

    public record Fact(String label, String value) {
    }
}
