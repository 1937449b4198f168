package org.talkarchive.web.view;

import java.util.List;

/** The home page: search box, the topic × season overview, upcoming and latest talks, topic list. */
public record HomePage(int talkCount, int speakerCount, int seasonCount, List<TalkCard> upcoming,
                       List<TalkCard> latest, Chart chart, List<Link> topics, List<Link> seasons) {
}
