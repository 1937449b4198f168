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
import org.talkarchive.index.TalkIndexWriter;

/**
 * Builds the archive's index as a new SolrCloud collection and publishes it by pointing the alias at it (Solr's
 * atomic swap); the collection the alias named before is then deleted. Until {@link #publish} the alias and what it
 * serves are untouched, and closing an unpublished build deletes its collection: a failed build leaves the alias
 * where it was.
 */
public final class SolrIndexWriter implements TalkIndexWriter {

    /** Documents per update request: a talk's passages travel with it, so a request stays a few MB. */
    private static final int BATCH = 500;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss_SSS")
            .withZone(ZoneOffset.UTC);

    private final CloudSolrClient client;
    private final SolrCollections collections;
    private final SolrTarget target;
    private final SolrDocuments converter;
    private final String collection;
    private final String configset;
    private final int replicas;
    private final List<SolrInputDocument> pending = new ArrayList<>();
    private boolean created;
    private boolean published;
    private int position;

    private SolrIndexWriter(CloudSolrClient client, SolrTarget target, Corpus corpus, String configset,
                            int replicas) {
        this.client = client;
        this.collections = new SolrCollections(client);
        this.target = target;
        this.converter = new SolrDocuments(corpus);
        this.collection = target.alias() + "_" + STAMP.format(Instant.now());
        this.configset = configset;
        this.replicas = replicas;
    }

    /**
     * Uploads the configset if the cluster lacks it; the collection, named after the alias and the time (e.g.
     * talks_20261201T093000_123) with a replica on each live node (at most {@code maxReplicas}), is created with the
     * first talk, whose vectors say the dimension.
     */
    public static SolrIndexWriter create(CloudSolrClient client, SolrTarget target, Corpus corpus, int maxReplicas)
            throws IOException {
        SolrConfigset configset = SolrConfigset.shipped();
        try {
            configset.uploadIfMissing(client);
        } catch (SolrServerException e) {
            throw new IOException("cannot upload the configset " + configset.name() + ": " + e.getMessage(), e);
        }
        int replicas = Math.max(1, Math.min(maxReplicas, new SolrCollections(client).liveNodes()));
        return new SolrIndexWriter(client, target, corpus, configset.name(), replicas);
    }

    /** The collection being built. */
    public String collection() {
        return collection;
    }

    @Override
    public String name() {
        return collection;
    }

    @Override
    public String location() {
        return "collection " + collection + " (" + target.describe() + ")";
    }

    @Override
    public void put(IndexedTalk talk) throws IOException {
        ensureCreated(talk.vector().length);
        List<SolrInputDocument> docs = converter.documentsOf(talk);
        docs.get(0).setField(SolrFields.POSITION, position++);
        pending.addAll(docs);
        if (pending.size() >= BATCH) {
            flush();
        }
    }

    /** Full builds only (the target offers no published index to update), so nothing is ever deleted from one. */
    @Override
    public void delete(String talkId) throws IOException {
        throw new UnsupportedOperationException("a Solr build is always a full one");
    }

    private void ensureCreated(int dimension) throws IOException {
        if (!created) {
            collections.create(collection, configset, replicas, dimension);
            created = true;
        }
    }

    /**
     * Commits the collection with the build's meta values, points the alias at it and deletes the collection the
     * alias named before.
     */
    @Override
    public void publish(Map<String, String> meta) throws IOException {
        ensureCreated(Integer.parseInt(meta.getOrDefault(org.talkarchive.index.Fields.META_DIMENSION, "384")));
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
        if (created && !published) {
            collections.delete(collection);
        }
    }
}
