package org.talkarchive.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.talkarchive.corpus.Slugs;
import org.talkarchive.corpus.Topic;
import org.talkarchive.search.TalkSummary;
import org.talkarchive.web.view.Link;
import org.talkarchive.web.view.TalkCard;

/** Turns talk summaries into cards, with topic ids shown by their labels. */
public final class TalkCards {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final Map<String, String> topicLabels;

    public TalkCards(List<Topic> topics) {
        this.topicLabels = topics.stream().collect(Collectors.toMap(Topic::id, Topic::label,
                (a, b) -> a));
    }

    public TalkCard card(TalkSummary talk) {
        boolean upcoming = "upcoming".equals(talk.status());
        return new TalkCard(talk.id(), Paths.talk(talk.id()), talk.code(), talk.title(),
                talk.speakers().stream().map(n -> new Link(n, Paths.speaker(Slugs.slugify(n)))).toList(),
                when(talk.date()), talk.date() == null ? null : talk.date().toString(), upcoming,
                topicLinks(talk.topics()), topicLinks(talk.inferredTopics()));
    }

    public List<TalkCard> cards(List<TalkSummary> talks) {
        return talks.stream().map(this::card).toList();
    }

    public List<Link> topicLinks(List<String> ids) {
        return ids.stream().map(id -> new Link(label(id), Paths.topic(id))).toList();
    }

    public String label(String topicId) {
        return topicLabels.getOrDefault(topicId, topicId);
    }

    public static String when(LocalDate date) {
        return date == null ? "Date TBA" : DATE.format(date);
    }
}
