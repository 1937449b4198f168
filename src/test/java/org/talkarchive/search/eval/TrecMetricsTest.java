package org.talkarchive.search.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrecMetricsTest {
    private static final double EPS = 1e-9;

    /*
     * Worked example. Judgments for q1: A=2, B=1, C=0, D=2, E=1 (relevant: A, B, D, E).
     * Run for q1: C, A, X, B, D  (X was never judged: gain 0).
     *
     * DCG@10  = 0/log2(2) + 2/log2(3) + 0/log2(4) + 1/log2(5) + 2/log2(6)
     *         = 0 + 1.2618595 + 0 + 0.4306766 + 0.7737056 = 2.4662417
     * IDCG@10 uses all judged grades sorted, 2,2,1,1,0 (E counts though it was not retrieved):
     *         = 2/1 + 2/log2(3) + 1/log2(4) + 1/log2(5) = 2 + 1.2618595 + 0.5 + 0.4306766 = 4.1925361
     * nDCG@10 = 2.4662417 / 4.1925361 = 0.5882458
     * Recall@10 = Recall@100 = 3 of 4 relevant (A, B, D) = 0.75;  reciprocal rank = 1/2 (A at rank 2).
     *
     * q2 has one relevant document and is missing from the run: every measure 0 (trec_eval -c).
     * q3 has only a non-relevant judgment: it is left out of the means.
     * Means over q1 and q2: nDCG@10 0.2941229, R@10 0.375, MRR 0.25, 2 queries.
     */
    private static final Qrels WORKED = Qrels.parse("""
            q1 0 A 2
            q1 0 B 1
            q1 0 C 0
            q1 0 D 2
            q1 0 E 1
            q2 0 Z 1
            q3 0 Y 0
            """, "worked.qrels");

    @Test
    void gradedNdcgMatchesTheHandComputedWorkedExample() {
        QueryMetrics q1 = TrecMetrics.forQuery("q1", List.of("C", "A", "X", "B", "D"), WORKED.judgments("q1"));

        assertEquals(0.5882457876, q1.ndcg10(), EPS);
        assertEquals(0.75, q1.recall10(), EPS);
        assertEquals(0.75, q1.recall100(), EPS);
        assertEquals(0.5, q1.reciprocalRank(), EPS);
        assertEquals(4, q1.relevant());
    }

    @Test
    void meansCountMissingQueriesAsZeroAndSkipQueriesWithoutRelevantDocuments() {
        Evaluation evaluation = TrecMetrics.evaluate(WORKED,
                Map.of("q1", List.of("C", "A", "X", "B", "D"), "q3", List.of("Y"), "q9", List.of("A")));

        MetricSummary summary = evaluation.summary();
        assertEquals(2, summary.queries());
        assertEquals(0.2941228938, summary.ndcg10(), EPS);
        assertEquals(0.375, summary.recall10(), EPS);
        assertEquals(0.375, summary.recall100(), EPS);
        assertEquals(0.25, summary.mrr(), EPS);
        assertEquals(0.0, evaluation.query("q2").orElseThrow().ndcg10(), EPS);
        assertTrue(evaluation.query("q3").isEmpty());
    }

    @Test
    void aRelevantDocumentBelowRankTenCountsOnlyForRecallAtHundredAndReciprocalRank() {
        List<String> ranked = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            ranked.add("junk" + i);
        }
        ranked.add("hit");

        QueryMetrics m = TrecMetrics.forQuery("q", ranked, Map.of("hit", 2));

        assertEquals(0.0, m.ndcg10(), EPS);
        assertEquals(0.0, m.recall10(), EPS);
        assertEquals(1.0, m.recall100(), EPS);
        assertEquals(1.0 / 11, m.reciprocalRank(), EPS);
    }

    @Test
    void idealRankingIsCutAtTenSoAPerfectTopTenScoresOneEvenWithMoreRelevantDocuments() {
        Map<String, Integer> grades = new java.util.HashMap<>();
        List<String> ranked = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            grades.put("d" + i, 1);
            ranked.add("d" + i);
        }

        QueryMetrics m = TrecMetrics.forQuery("q", ranked, grades);

        assertEquals(1.0, m.ndcg10(), EPS);
        assertEquals(10.0 / 12, m.recall10(), EPS);
        assertEquals(1.0, m.recall100(), EPS);
    }

    @Test
    void gradeOneDocumentsAreRelevantButGainLessThanGradeTwo() {
        Map<String, Integer> grades = Map.of("central", 2, "partly", 1);

        double centralFirst = TrecMetrics.ndcg(List.of("central", "partly"), grades, 10);
        double partlyFirst = TrecMetrics.ndcg(List.of("partly", "central"), grades, 10);

        assertEquals(1.0, centralFirst, EPS);
        // (1 + 2/log2(3)) / (2 + 1/log2(3)) = 2.2618595 / 2.6309298
        assertEquals(0.8597186, partlyFirst, 1e-7);
        assertEquals(1.0, TrecMetrics.reciprocalRank(List.of("partly", "central"), grades), EPS);
    }

    @Test
    void aDocumentRankedTwiceIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TrecMetrics.forQuery("q7", List.of("A", "B", "A"), Map.of("A", 1)));
        assertEquals("document A is ranked twice for query q7", e.getMessage());
    }
}
