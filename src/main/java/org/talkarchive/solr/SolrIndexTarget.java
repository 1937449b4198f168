package org.talkarchive.solr;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.talkarchive.corpus.Corpus;
import org.talkarchive.index.IndexTarget;
import org.talkarchive.index.PublishedIndex;
import org.talkarchive.index.TalkIndexWriter;

/**
 * Builds into a SolrCloud: every build is a full one into a new collection, published by switching the alias (see
 * {@link SolrIndexWriter}). The embedding cache stays in a local folder, so a rebuild embeds only what changed.
 */
public final class SolrIndexTarget implements IndexTarget {

    /** A replica on each of up to this many nodes: one node down leaves the archive searchable. */
    static final int MAX_REPLICAS = 2;

    private final SolrTarget target;
    private final Path cacheFolder;
    private CloudSolrClient client;

    public SolrIndexTarget(SolrTarget target, Path cacheFolder) {
        this.target = target;
        this.cacheFolder = cacheFolder;
    }

    /** Connects for the build and disconnects when the build releases the lock. */
    @Override
    public Closeable lock() {
        client = target.connect();
        return () -> {
            client.close();
            client = null;
        };
    }

    /** Nothing to update in place: Solr builds are full ones (updates would need the talk fingerprints read back). */
    @Override
    public Optional<PublishedIndex> published() {
        return Optional.empty();
    }

    @Override
    public TalkIndexWriter writer(Corpus corpus, boolean update) throws IOException {
        if (client == null) {
            throw new IllegalStateException("lock() first: the build holds the connection");
        }
        return SolrIndexWriter.create(client, target, corpus, MAX_REPLICAS);
    }

    @Override
    public Path cacheFolder() {
        return cacheFolder;
    }
}
