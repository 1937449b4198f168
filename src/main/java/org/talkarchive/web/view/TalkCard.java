package org.talkarchive.web.view;

import java.util.List;

/**
 * A talk as a list shows it.
 *
 * @param when     a readable date, or "Date TBA"
 * @param upcoming announced but not yet given
 */
public record TalkCard(String id, String url, String code, String title, List<Link> speakers, String when,
                       String isoDate, boolean upcoming, List<Link> topics, List<Link> inferredTopics) {
}
