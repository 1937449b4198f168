package org.talkarchive.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.talkarchive.corpus.Corpus;

/**
 * Where {@link TalkIndexer} builds an index: the embedded Lucene folder ({@link LuceneIndexTarget}) or another
 * engine (e.g. a SolrCloud alias). A build writes a new index beside the published one and publishes it in one
 * atomic step, so searchers see the old index or the new one, never a mix, and a failed build changes nothing.
 */
public interface IndexTarget {

    /**
     * Keeps other builds of the same index out until closed (and may clean up what a killed build left).
     *
     * @throws IOException naming the index when another build is running
     */
    Closeable lock() throws IOException;

    /** The index being served, if there is one that can be read; empty means the next build is a full one. */
    Optional<PublishedIndex> published();

    /** The published index's metadata alone (where the engine allows, without reading its talks); empty when none. */
    default Map<String, String> publishedMeta() {
        return published().map(PublishedIndex::meta).orElse(Map.of());
    }

    /**
     * A writer for a new, unpublished index: empty, or (with {@code update}) starting as a copy of the published
     * one, where only changed talks are put and removed ones deleted.
     */
    TalkIndexWriter writer(Corpus corpus, boolean update) throws IOException;

    /** The folder that keeps the embedding cache between builds. */
    Path cacheFolder();
}
