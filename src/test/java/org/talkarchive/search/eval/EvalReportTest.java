package org.talkarchive.search.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvalReportTest {
    private static final String NL = System.lineSeparator();

    @Test
    void tableHasOneAlignedRowPerModeInTheGivenOrder() {
        Map<String, MetricSummary> byMode = new LinkedHashMap<>();
        byMode.put("keyword", new MetricSummary(0.61234, 0.7, 0.9, 0.655555, 84));
        byMode.put("hybrid", new MetricSummary(0.7, 0.8, 1.0, 0.75, 84));

        assertEquals(
                "mode        nDCG@10    R@10   R@100     MRR  queries" + NL
                + "keyword      0.6123  0.7000  0.9000  0.6556       84" + NL
                + "hybrid       0.7000  0.8000  1.0000  0.7500       84" + NL,
                EvalReport.table(byMode));
    }

    @Test
    void tableByKindRestrictsEachModeToTheQueriesOfThatKind() {
        QuerySet queries = QuerySet.parse("a\tZajac\taccent\nb\tdata leakage\tkeyword\nc\tDKFZ\taffiliation\n",
                "q.tsv");
        Qrels qrels = Qrels.parse("a 0 s05e01 2\nb 0 s07e03 2\n", "r.tsv");
        Map<String, Evaluation> byMode = new LinkedHashMap<>();
        byMode.put("keyword", TrecMetrics.evaluate(qrels, Map.of("a", List.of("s05e01"), "b", List.of("x", "s07e03"))));

        String table = EvalReport.tableByKind(byMode, queries);

        assertEquals("kind: accent" + NL
                + "mode        nDCG@10    R@10   R@100     MRR  queries" + NL
                + "keyword      1.0000  1.0000  1.0000  1.0000        1" + NL
                + "kind: keyword" + NL
                + "mode        nDCG@10    R@10   R@100     MRR  queries" + NL
                + "keyword      0.6309  1.0000  1.0000  0.5000        1" + NL, table);
    }
}
