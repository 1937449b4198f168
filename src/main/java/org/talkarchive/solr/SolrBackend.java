package org.talkarchive.solr;

import java.io.IOException;
import java.util.Optional;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.talkarchive.search.SearchBackend;
import org.talkarchive.search.SearchEngine;

/**
 * Searches the archive in a SolrCloud: the published index is the collection the alias names, so a refresh notices
 * a new build, and an engine keeps reading the collection it opened. One client serves every engine.
 */
public final class SolrBackend implements SearchBackend, AutoCloseable {

    private final SolrTarget target;
    private final CloudSolrClient client;
    private final SolrCollections collections;

    public SolrBackend(SolrTarget target) {
        this.target = target;
        this.client = target.connect();
        this.collections = new SolrCollections(client);
    }

    @Override
    public Optional<String> published() throws IOException {
        return collections.published(target.alias());
    }

    @Override
    public SearchEngine open(String published) throws IOException {
        return new SolrSearchEngine(client, published);
    }

    @Override
    public String describe() {
        return target.describe();
    }

    @Override
    public void close() {
        client.close();
    }
}
