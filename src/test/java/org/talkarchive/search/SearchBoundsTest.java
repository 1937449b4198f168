package org.talkarchive.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talkarchive.index.TalkIndexer;
import org.talkarchive.testing.HashingEmbedder;
import org.talkarchive.testing.TestIndexes;

/**
 * Expensive queries meet bounds, not hung threads: a per-search time limit (partial results, flagged), a cap on
 * fuzzy expansions, and a candidate depth that deep pages cannot exceed.
 */
class SearchBoundsTest {

    @TempDir
    static Path dir;
    private static TalkSearcher searcher;

    @BeforeAll
    static void build() throws Exception {
        HashingEmbedder embedder = new HashingEmbedder();
        new TalkIndexer(embedder, null).build(TestIndexes.corpusDir(), dir);
        searcher = TalkSearcher.open(dir, embedder);
    }

    @AfterAll
    static void close() throws Exception {
        searcher.close();
    }

    @Test
    void aSearchThatSpendsItsTimeLimitStopsAndSaysItsResultsArePartial() {
        searcher.useTimeLimit(Duration.ZERO);
        try {
            for (SearchMode mode : SearchMode.values()) {
                SearchResponse response = searcher.search(SearchRequest.of("fairness dataset").withMode(mode));
                assertTrue(response.partial(), mode + ": " + response.total());
            }
        } finally {
            searcher.useTimeLimit(SearchBudget.DEFAULT_LIMIT);
        }
        SearchResponse normal = searcher.search(SearchRequest.of("fairness dataset"));
        assertFalse(normal.partial());
        assertTrue(normal.total() > 0);
    }

    @Test
    void aBrowseIsNeverPartial() {
        searcher.useTimeLimit(Duration.ZERO);
        try {
            SearchResponse browse = searcher.search(SearchRequest.of(""));
            assertFalse(browse.partial());
            assertEquals(searcher.allTalks().size(), browse.total());
        } finally {
            searcher.useTimeLimit(SearchBudget.DEFAULT_LIMIT);
        }
    }

    @Test
    void aFuzzyTermExpandsToAtMostSixteenIndexTerms() throws Exception {
        SafeQueryParser parser = new SafeQueryParser(new String[] {"abstract"}, new StandardAnalyzer(), Map.of());
        FuzzyQuery fuzzy = firstFuzzy(parser.parse("fairnes~2"));
        MultiTermQuery.RewriteMethod rewrite = fuzzy.getRewriteMethod();
        assertEquals(SafeQueryParser.MAX_FUZZY_EXPANSIONS,
                assertInstanceOf(MultiTermQuery.TopTermsBlendedFreqScoringRewrite.class, rewrite).getSize());
        assertEquals(1, fuzzy.getMaxEdits(), "at most one edit");
    }

    private static FuzzyQuery firstFuzzy(Query query) {
        if (query instanceof FuzzyQuery fuzzy) {
            return fuzzy;
        }
        BooleanQuery bool = assertInstanceOf(BooleanQuery.class, query);
        return firstFuzzy(bool.clauses().getFirst().query());
    }

    @Test
    void deepPagesEndAtTheCandidateDepth() {
        SearchResponse deep = searcher.search(new SearchRequest("the data", SearchMode.KEYWORD, Map.of(), null, 1000,
                SearchRequest.MAX_SIZE));
        assertTrue(deep.total() <= GenerationSearcher.CANDIDATES, String.valueOf(deep.total()));
        assertEquals(0, deep.hits().size());
        assertFalse(deep.partial());
    }
}
