package org.talkarchive.index;

import java.util.List;
import java.util.Set;
import org.talkarchive.corpus.Passage;
import org.talkarchive.corpus.Talk;

/**
 * A talk with everything indexing derives from it: inferred topics (only when it has no curated ones), the datasets
 * it mentions, its transcript passages and the vectors of its text and passages.
 */
public record IndexedTalk(Talk talk, List<String> inferredTopics, Set<String> datasets, List<Passage> passages,
                          float[] vector, List<float[]> passageVectors, String contentHash) implements Faceted {

    public IndexedTalk {
        if (passageVectors.size() != passages.size()) {
            throw new IllegalArgumentException("talk " + talk.id() + ": " + passages.size() + " passages but "
                    + passageVectors.size() + " passage vectors");
        }
    }

    @Override
    public boolean hasTranscript() {
        return !passages.isEmpty();
    }

    /** Topics that describe the talk: curated ones when there are any, else the inferred ones. */
    public List<String> effectiveTopics() {
        return talk.topics().isEmpty() ? inferredTopics : talk.topics();
    }
}
