package org.talkarchive.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talkarchive.corpus.Corpus;
import org.talkarchive.corpus.CorpusReader;
import org.talkarchive.index.TalkIndexer;
import org.talkarchive.search.eval.MomentJudgments;
import org.talkarchive.search.eval.PassageBaseline;
import org.talkarchive.search.eval.PassageBenchmark;
import org.talkarchive.search.eval.PassageRun;
import org.talkarchive.search.eval.QuerySet;
import org.talkarchive.testing.PinnedMetrics;
import org.talkarchive.testing.TestIndexes;

/**
 * Pins the passage set's numbers (src/test/resources/passages: six Practical AI episodes, 56 judged moments;
 * pins.tsv): Success@1 and Success@3 of the passages shown, per mode and for the BM25-over-passages baseline, over
 * the whole archive and within the judged talk. A change that loses more than 0.005 of any of them fails here.
 */
class PassageSetRegressionTest {

    @Test
    void everyPinnedMeasureHolds(@TempDir Path index) throws Exception {
        Path set = resource("passages");
        Corpus corpus = CorpusReader.read(set.resolve("corpus"));
        QuerySet queries = QuerySet.read(set.resolve("queries.tsv"));
        MomentJudgments moments = MomentJudgments.read(set.resolve("qrels.tsv"));
        new TalkIndexer(TestIndexes.realEmbedder(), null).build(corpus, index);
        Map<String, Map<String, Double>> measured = new LinkedHashMap<>();
        try (TalkSearcher searcher = TalkSearcher.open(index, TestIndexes.realEmbedder());
             PassageBaseline baseline = new PassageBaseline(corpus)) {
            Map<String, PassageRun> runs = PassageBenchmark.run(searcher, baseline, queries, moments,
                    List.of(SearchMode.values()));
            runs.forEach((row, run) -> measured.put(row.replace(PassageBenchmark.IN_TALK, "/in-talk"),
                    new java.util.TreeMap<>(Map.of("success1", run.score().success1(), "success3", run.score().success3()))));
        }
        System.out.print(PinnedMetrics.formatValues(measured));
        assertEquals(List.of(), PinnedMetrics.read(set.resolve("pins.tsv")).shortfallsOf(measured));
        // The target: the archive's first passage beats plain BM25 over passages by 0.10 in some mode.
        double bm25 = measured.get("bm25").get("success1");
        assertTrue(measured.get("semantic").get("success1") >= bm25 + 0.10, measured.toString());
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(PassageSetRegressionTest.class.getClassLoader().getResource(name).toURI());
    }
}
