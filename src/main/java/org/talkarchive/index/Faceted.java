package org.talkarchive.index;

import java.util.Collection;
import org.talkarchive.corpus.Talk;

/**
 * What a talk's facet values are computed from: the same at index time ({@link IndexedTalk}) and when a searcher
 * lists talks from memory, so a catalogue and the engine's facet counts always agree.
 */
public interface Faceted {
    Talk talk();

    Collection<String> inferredTopics();

    Collection<String> datasets();

    boolean hasTranscript();
}
