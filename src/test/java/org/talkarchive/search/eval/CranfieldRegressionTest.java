package org.talkarchive.search.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talkarchive.index.TalkIndexer;
import org.talkarchive.search.SearchMode;
import org.talkarchive.search.TalkSearcher;
import org.talkarchive.testing.PinnedMetrics;
import org.talkarchive.testing.TestIndexes;

/**
 * Pins the archive's numbers on a public benchmark it was not built for (Cranfield, 1,400 aeronautics abstracts,
 * src/test/resources/benchmarks/cranfield), indexed through the same pipeline as `eval --beir`, beside the plain
 * BM25 baseline: a ranking change tuned on our 30 talks that loses here fails.
 */
class CranfieldRegressionTest {

    @Test
    void everyPinnedMeasureHolds(@TempDir Path index) throws IOException, URISyntaxException {
        Path dir = Path.of(getClass().getClassLoader().getResource("benchmarks/cranfield").toURI());
        BeirFolder cranfield = BeirFolder.read(dir);
        new TalkIndexer(TestIndexes.realEmbedder(), null).build(cranfield.corpus(), index);
        Map<String, MetricSummary> measured = new LinkedHashMap<>();
        try (TalkSearcher searcher = TalkSearcher.open(index, TestIndexes.realEmbedder());
             Bm25Baseline bm25 = new Bm25Baseline(cranfield.corpus().talks())) {
            for (SearchMode mode : SearchMode.values()) {
                Run run = Run.collect(mode.label(), cranfield.queries(), text -> searcher.ranking(text, mode, 100)
                        .stream().map(r -> new ScoredDoc(r.talkId(), r.score())).toList());
                measured.put(mode.label(), TrecMetrics.evaluate(cranfield.qrels(), run).summary());
            }
            Run baseline = Run.collect("bm25", cranfield.queries(), text -> bm25.search(text, 100));
            measured.put("bm25", TrecMetrics.evaluate(cranfield.qrels(), baseline).summary());
        }
        System.out.print(PinnedMetrics.format(measured));
        assertEquals(List.of(), PinnedMetrics.read(dir.resolve("pins.tsv")).shortfalls(measured));
    }
}
