package org.talkarchive.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.common.cloud.DocCollection;
import org.junit.jupiter.api.Test;
import org.talkarchive.corpus.CorpusReader;
import org.talkarchive.index.TalkIndexer;
import org.talkarchive.search.SearchRequest;
import org.talkarchive.search.SearchResponse;
import org.talkarchive.search.TalkSearcher;
import org.talkarchive.testing.HashingEmbedder;
import org.talkarchive.testing.TestIndexes;

/** With a replica on each of the two nodes, the archive keeps answering while one node is down. */
class SolrReplicationTest {

    @Test
    void stoppingOneNodeLeavesSearchAnswering() throws Exception {
        SolrTestCluster cluster = SolrTestCluster.get();
        SolrTarget target = cluster.target("replication_test");
        Path cache = Files.createTempDirectory("solr-replication-cache");
        new TalkIndexer(new HashingEmbedder(), null).build(CorpusReader.read(TestIndexes.corpusDir()),
                new SolrIndexTarget(target, cache));
        try (SolrBackend backend = new SolrBackend(target);
             CloudSolrClient client = target.connect();
             TalkSearcher searcher = TalkSearcher.open(backend, new HashingEmbedder())) {
            String collection = backend.published().orElseThrow();
            DocCollection state = client.getClusterState().getCollection(collection);
            assertEquals(2, state.getReplicationFactor(), "a replica on each node");
            assertEquals(2, state.getReplicas().stream().map(r -> r.getNodeName()).distinct().count());

            SearchRequest request = SearchRequest.of("segmentation").withSize(50);
            List<String> before = ids(searcher.search(request));
            assertTrue(!before.isEmpty(), "segmentation finds talks");
            cluster.stopNode(1);
            try {
                assertEquals(before, ids(searcher.search(request)), "the same answer from the other node's replica");
                assertEquals(TestIndexes.corpusTalks(), searcher.search(SearchRequest.of("")).total());
            } finally {
                cluster.startNode(1);
            }
        }
    }

    private static List<String> ids(SearchResponse response) {
        return response.hits().stream().map(h -> h.talk().id()).toList();
    }
}
