package org.talkarchive.solr;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.common.SolrInputDocument;
import org.talkarchive.corpus.Corpus;
import org.talkarchive.index.IndexedTalk;

/**
 * Builds the archive's index as a new SolrCloud collection and publishes it by pointing the alias at it (Solr's
 * atomic swap); the collection the alias named before is then deleted. Until {@link #publish} the alias and what it
 * serves are untouched, and closing an unpublished build deletes its collection: a failed build leaves the alias
 * where it was.
 */
public final class SolrIndexWriter implements AutoCloseable {

    /** Documents per update request: a talk's passages travel with it, so a request stays a few MB. */
    private static final int BATCH = 500;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss_SSS")
            .withZone(ZoneOffset.UTC);

    private final CloudSolrClient client;
    private final SolrCollections collections;
    private final SolrTarget target;
    private final SolrDocuments converter;
    private final String collection;
    private final List<SolrInputDocument> pending = new ArrayList<>();
    private boolean published;

    private SolrIndexWriter(CloudSolrClient client, SolrTarget target, Corpus corpus, String collection) {
        this.client = client;
        this.collections = new SolrCollections(client);
        this.target = target;
        this.converter = new SolrDocuments(corpus);
        this.collection = collection;
    }

    /**
     * Uploads the configset if the cluster lacks it and creates an empty collection named after the alias and the
     * time, e.g. talks_20261201T093000_123, with a replica on each live node (at most {@code maxReplicas}).
     */
    public static SolrIndexWriter create(CloudSolrClient client, SolrTarget target, Corpus corpus, int maxReplicas)
            throws IOException {
        SolrConfigset configset = SolrConfigset.shipped();
        try {
            configset.uploadIfMissing(client);
        } catch (SolrServerException e) {
            throw new IOException("cannot upload the configset " + configset.name() + ": " + e.getMessage(), e);
        }
        String name = target.alias() + "_" + STAMP.format(Instant.now());
        SolrCollections collections = new SolrCollections(client);
        int replicas = Math.max(1, Math.min(maxReplicas, collections.liveNodes()));
        collections.create(name, configset.name(), replicas);
        return new SolrIndexWriter(client, target, corpus, name);
    }

    /** The collection being built. */
    public String collection() {
        return collection;
    }

    public void put(IndexedTalk talk) throws IOException {
        pending.addAll(converter.documentsOf(talk));
        if (pending.size() >= BATCH) {
            flush();
        }
    }

    /**
     * Commits the collection with the build's meta values, points the alias at it and deletes the collection the
     * alias named before.
     *
     * @return the collection the alias named before, if any (now deleted)
     */
    public Optional<String> publish(Map<String, String> meta) throws IOException {
        pending.add(SolrDocuments.metaDocument(meta));
        flush();
        try {
            client.commit(collection, true, true);
        } catch (SolrServerException e) {
            throw new IOException("cannot commit the Solr collection " + collection + ": " + e.getMessage(), e);
        }
        Optional<String> previous = collections.published(target.alias());
        collections.point(target.alias(), collection);
        published = true;
        if (previous.isPresent() && !previous.get().equals(collection)) {
            collections.delete(previous.get());
        }
        return previous;
    }

    private void flush() throws IOException {
        if (pending.isEmpty()) {
            return;
        }
        try {
            client.add(collection, pending);
        } catch (SolrServerException e) {
            throw new IOException("cannot add documents to the Solr collection " + collection + ": "
                    + e.getMessage(), e);
        }
        pending.clear();
    }

    /** An unpublished build's collection is deleted; the alias never named it. */
    @Override
    public void close() throws IOException {
        if (!published) {
            collections.delete(collection);
        }
    }
}
