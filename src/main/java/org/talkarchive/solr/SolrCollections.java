package org.talkarchive.solr;

import java.io.IOException;
import java.util.Optional;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;

/** The few collection and alias operations the archive needs, named for what they do to the archive. */
final class SolrCollections {

    private final CloudSolrClient client;

    SolrCollections(CloudSolrClient client) {
        this.client = client;
    }

    /** The collection the alias names now, or empty when nothing was published under it yet. */
    Optional<String> published(String alias) throws IOException {
        try {
            String target = new CollectionAdminRequest.ListAliases().process(client).getAliases().get(alias);
            return Optional.ofNullable(target).filter(t -> !t.isBlank());
        } catch (SolrServerException e) {
            throw new IOException("cannot read the aliases of the SolrCloud: " + e.getMessage(), e);
        }
    }

    /**
     * A new collection with one shard (so BM25 statistics are the whole archive's, as in the embedded index) and a
     * replica on each of up to {@code replicas} nodes, its vectors of {@code dimension} numbers; returns once every
     * replica is active.
     */
    void create(String collection, String configset, int replicas, int dimension) throws IOException {
        try {
            CollectionAdminRequest.createCollection(collection, configset, 1, replicas)
                    .withProperty("talkarchive.vector.dimension", String.valueOf(dimension))
                    .process(client);
            client.getClusterStateProvider().connect();
        } catch (SolrServerException | RuntimeException e) {
            throw new IOException("cannot create the Solr collection " + collection + ": " + e.getMessage(), e);
        }
    }

    /** Points the alias at the collection: Solr switches searches over in one step. */
    void point(String alias, String collection) throws IOException {
        try {
            CollectionAdminRequest.createAlias(alias, collection).process(client);
        } catch (SolrServerException | RuntimeException e) {
            throw new IOException("cannot point the Solr alias " + alias + " at " + collection + ": "
                    + e.getMessage(), e);
        }
    }

    void delete(String collection) throws IOException {
        try {
            CollectionAdminRequest.deleteCollection(collection).process(client);
        } catch (SolrServerException | RuntimeException e) {
            throw new IOException("cannot delete the Solr collection " + collection + ": " + e.getMessage(), e);
        }
    }

    /** How many Solr nodes are up. */
    int liveNodes() {
        return client.getClusterStateProvider().getLiveNodes().size();
    }
}
