package org.talkarchive.search;

import java.util.Comparator;
import java.util.List;
import org.talkarchive.corpus.Talk;
import org.talkarchive.index.Faceted;

/**
 * A talk as the index holds it, kept in memory by the searcher (the index is read-only while served).
 *
 * @param vector        the embedding of the talk's title and abstract
 * @param hasTranscript whether the index holds passages of its transcript
 */
public record StoredTalk(Talk talk, List<String> inferredTopics, List<String> datasets, float[] vector,
                  boolean hasTranscript) implements Faceted {

    /**
     * The archive's order: announced talks without a date first, then newest first, talks of one day by id (so an
     * updated index lists them as a rebuilt one does, whatever order an engine stores them in).
     */
    public static final Comparator<StoredTalk> NEWEST_FIRST = Comparator
            .comparing((StoredTalk t) -> t.talk().date(), Comparator.nullsFirst(Comparator.reverseOrder()))
            .thenComparing(t -> t.talk().id());

    List<String> effectiveTopics() {
        return talk.topics().isEmpty() ? inferredTopics : talk.topics();
    }

    TalkSummary summary() {
        return new TalkSummary(talk.id(), talk.code(), talk.title(),
                talk.speakers().stream().map(s -> s.name()).toList(), talk.date(), talk.status().label(),
                talk.topics(), inferredTopics, datasets, talk.video());
    }
}
