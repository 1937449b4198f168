package org.talkarchive.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.FieldAnalysisRequest;
import org.apache.solr.client.solrj.response.AnalysisResponseBase;
import org.apache.solr.client.solrj.response.FieldAnalysisResponse;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.junit.jupiter.api.Test;
import org.talkarchive.corpus.Corpus;
import org.talkarchive.corpus.CorpusReader;
import org.talkarchive.corpus.Passage;
import org.talkarchive.corpus.Talk;
import org.talkarchive.index.ArchiveAnalyzer;
import org.talkarchive.index.Fields;
import org.talkarchive.index.IndexedTalk;
import org.talkarchive.testing.TestIndexes;

/**
 * The child-JVM SolrCloud works with SolrJ 10 in our JVM: the shipped configset uploads, a collection built from
 * IndexedTalk records answers term and vector queries through the alias, by node URLs and by ZooKeeper, and Solr
 * analyses text exactly as {@link ArchiveAnalyzer} does.
 */
class SolrClusterTest {

    private static final String ALIAS = "cluster_test";

    @Test
    void aTalkIndexedThroughTheAliasAnswersTermAndVectorQueries() throws Exception {
        SolrTestCluster cluster = SolrTestCluster.get();
        Corpus corpus = CorpusReader.read(TestIndexes.corpusDir());
        Talk talk = corpus.talks().get(0);
        List<Passage> passages = List.of(new Passage(talk.id(), 0, 0, 31.5, "Welcome to the show."),
                new Passage(talk.id(), 1, 31.5, 64, "We talk about gradient descent."),
                new Passage(talk.id(), 2, 64, 90, "Thanks for listening."));
        try (CloudSolrClient client = cluster.target(ALIAS).connect()) {
            try (SolrIndexWriter writer = SolrIndexWriter.create(client, cluster.target(ALIAS), corpus, 2)) {
                writer.put(indexed(talk, passages));
                writer.publish(Map.of(Fields.META_MODEL, "unit-vectors"));
            }
            String stem = analysed(new ArchiveAnalyzer(true), talk.title()).get(0);
            QueryResponse byTerm = client.query(ALIAS, params("q", "{!term f=title}" + stem, "fl", "id"));
            assertEquals(talk.id(), byTerm.getResults().get(0).getFieldValue("id"));

            QueryResponse passagesFound = client.query(ALIAS, params("q", "*:*", "fq", "type:passage",
                    "fq", "{!term f=talk_id}" + talk.id(), "rows", "0"));
            assertEquals(passages.size(), passagesFound.getResults().getNumFound());

            QueryResponse nearest = client.query(ALIAS, params("q", "{!knn f=vector topK=3}" + vectorText(axis(1)),
                    "fq", "type:passage", "fl", "id,score"));
            assertEquals(talk.id() + "#1", nearest.getResults().get(0).getFieldValue("id"));
        }
        // The same alias through ZooKeeper: the host list form of --solr.
        try (CloudSolrClient viaZk = SolrTarget.parse(cluster.zkHost(), ALIAS).connect()) {
            assertEquals(1, viaZk.query(ALIAS, params("q", "type:talk")).getResults().getNumFound());
        }
    }

    @Test
    void solrAnalysesTextAsTheArchiveDoes() throws Exception {
        SolrTestCluster cluster = SolrTestCluster.get();
        String alias = "analysis_test";
        List<String> texts = List.of(
                "The Zając's running GENERALIZATIONS of neural-networks, e.g. BERT-base v2.0",
                "Ηer caf\u00E9\u00A0na\u00EFve co\u200Boperation \u2014 fairness/bias in 2024's models",
                "state-of-the-art transformers aren't \"easily\" explained: U.S.A. 3.14 x_y");
        try (CloudSolrClient client = cluster.target(alias).connect();
             SolrIndexWriter writer = SolrIndexWriter.create(client, cluster.target(alias),
                     CorpusReader.read(TestIndexes.corpusDir()), 1)) {
            writer.put(indexed(CorpusReader.read(TestIndexes.corpusDir()).talks().get(0), List.of()));
            for (String text : texts) {
                assertEquals(analysed(new ArchiveAnalyzer(true), text), solrTerms(client, writer.collection(),
                        Fields.TITLE, text), text);
                assertEquals(analysed(new ArchiveAnalyzer(false), text), solrTerms(client, writer.collection(),
                        Fields.SPELL, text), text);
            }
        }
    }

    @Test
    void aFailedBuildIsDeletedAndLeavesTheAliasAlone() throws Exception {
        SolrTestCluster cluster = SolrTestCluster.get();
        String alias = "failed_build_test";
        Corpus corpus = CorpusReader.read(TestIndexes.corpusDir());
        Talk talk = corpus.talks().get(0);
        try (CloudSolrClient client = cluster.target(alias).connect()) {
            SolrCollections collections = new SolrCollections(client);
            String first;
            try (SolrIndexWriter writer = SolrIndexWriter.create(client, cluster.target(alias), corpus, 1)) {
                writer.put(indexed(talk, List.of()));
                writer.publish(Map.of());
                first = writer.collection();
            }
            String second;
            try (SolrIndexWriter writer = SolrIndexWriter.create(client, cluster.target(alias), corpus, 1)) {
                second = writer.collection();
                writer.put(indexed(talk, List.of()));
                // no publish: the build fails before it
            }
            assertEquals(Optional.of(first), collections.published(alias));
            List<String> all = org.apache.solr.client.solrj.request.CollectionAdminRequest.listCollections(client);
            assertTrue(all.contains(first), all.toString());
            assertFalse(all.contains(second), all.toString());

            String third;
            try (SolrIndexWriter writer = SolrIndexWriter.create(client, cluster.target(alias), corpus, 1)) {
                writer.put(indexed(talk, List.of()));
                writer.publish(Map.of());
                third = writer.collection();
            }
            assertEquals(Optional.of(third), collections.published(alias));
            assertFalse(org.apache.solr.client.solrj.request.CollectionAdminRequest.listCollections(client)
                    .contains(first), "the collection the alias named before is deleted");
        }
    }

    /** A talk with unit vectors along distinct axes, so the nearest passage to an axis is known. */
    private static IndexedTalk indexed(Talk talk, List<Passage> passages) {
        List<float[]> passageVectors = new ArrayList<>();
        for (int i = 0; i < passages.size(); i++) {
            passageVectors.add(axis(i));
        }
        return new IndexedTalk(talk, List.of(), Set.of(), passages, axis(383), passageVectors, "hash");
    }

    private static float[] axis(int i) {
        float[] v = new float[384];
        v[i] = 1f;
        return v;
    }

    private static String vectorText(float[] v) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < v.length; i++) {
            out.append(i == 0 ? "" : ",").append(v[i]);
        }
        return out.append(']').toString();
    }

    private static ModifiableSolrParams params(String... pairs) {
        ModifiableSolrParams params = new ModifiableSolrParams();
        for (int i = 0; i < pairs.length; i += 2) {
            params.add(pairs[i], pairs[i + 1]);
        }
        return params;
    }

    private static List<String> solrTerms(CloudSolrClient client, String collection, String field, String text)
            throws IOException, SolrServerException {
        FieldAnalysisRequest request = new FieldAnalysisRequest().addFieldName(field).setFieldValue(text);
        FieldAnalysisResponse response = request.process(client, collection);
        List<AnalysisResponseBase.AnalysisPhase> phases = new ArrayList<>();
        response.getFieldNameAnalysis(field).getIndexPhases().forEach(phases::add);
        return phases.get(phases.size() - 1).getTokens().stream().map(AnalysisResponseBase.TokenInfo::getText)
                .toList();
    }

    private static List<String> analysed(Analyzer analyzer, String text) throws IOException {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("f", new StringReader(text))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        return terms;
    }
}
