package org.talkarchive.search.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunFileTest {
    @Test
    void writesTrecRunLinesInRankOrder() throws IOException {
        Map<String, List<ScoredDoc>> rankings = new LinkedHashMap<>();
        rankings.put("q1", List.of(new ScoredDoc("s04e02", 0.0325), new ScoredDoc("s04e01", 0.03)));
        rankings.put("q2", List.of(new ScoredDoc("s02e01", 12.5)));
        StringWriter out = new StringWriter();

        RunFile.write(new Run("hybrid", rankings), out);

        assertEquals("""
                q1 Q0 s04e02 1 0.0325 hybrid
                q1 Q0 s04e01 2 0.03 hybrid
                q2 Q0 s02e01 1 12.5 hybrid
                """, out.toString());
    }

    @Test
    void writtenRunReadsBackToTheSameRanking(@TempDir Path dir) {
        Path file = dir.resolve("run.trec");
        Run run = new Run("keyword", Map.of("q1",
                List.of(new ScoredDoc("b", 3.0), new ScoredDoc("a", 2.0), new ScoredDoc("c", 1.0))));

        RunFile.write(run, file);

        Run read = RunFile.read(file);
        assertEquals("keyword", read.tag());
        assertEquals(List.of("b", "a", "c"), read.rankedDocIds("q1"));
    }

    @Test
    void scoresThatDifferOnlyInLateDigitsStayDistinctWhenReadBack() throws IOException {
        // two fused scores 1e-9 apart: rounded to six decimals they would tie and trec_eval would put "z" first
        Run run = new Run("hybrid", Map.of("q1",
                List.of(new ScoredDoc("a", 0.0163934430), new ScoredDoc("z", 0.0163934420))));
        StringWriter out = new StringWriter();

        RunFile.write(run, out);

        assertEquals(List.of("a", "z"), RunFile.read(new StringReader(out.toString()), "run").rankedDocIds("q1"));
    }

    @Test
    void readingOrdersLikeTrecEvalByScoreThenDocIdDescendingIgnoringRanks() throws IOException {
        String lines = """
                q1 Q0 alpha 1 1.0 t
                q1 Q0 gamma 2 2.0 t
                q1 Q0 beta 3 1.0 t
                """;

        Run run = RunFile.read(new StringReader(lines), "run.trec");

        assertEquals(List.of("gamma", "beta", "alpha"), run.rankedDocIds("q1"));
    }

    @Test
    void aBadRunLineNamesFileAndLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.trec");
        Files.writeString(file, "q1 Q0 a 1 1.0 t\nq1 Q0 b 2 many t\n");

        EvalInputException e = assertThrows(EvalInputException.class, () -> RunFile.read(file));

        assertEquals(file + ":2: score must be a number but was 'many'", e.getMessage());
    }

    @Test
    void collectRunsEveryQueryInSetOrderThroughTheSearchFunction() {
        QuerySet queries = QuerySet.parse("b\tdata leakage\tkeyword\na\tZajac\taccent\n", "q.tsv");

        Run run = Run.collect("keyword", queries, text -> List.of(new ScoredDoc(text.replace(' ', '_'), 1.0)));

        assertEquals(List.of("b", "a"), List.copyOf(run.rankings().keySet()));
        assertEquals(List.of("data_leakage"), run.rankedDocIds("b"));
        assertEquals(List.of("Zajac"), run.rankedDocIds("a"));
    }

    @Test
    void aDocumentReturnedTwiceForAQueryIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Run("t",
                Map.of("q1", List.of(new ScoredDoc("a", 2), new ScoredDoc("a", 1)))));

        assertEquals("document a is ranked twice for query q1", e.getMessage());
    }
}
