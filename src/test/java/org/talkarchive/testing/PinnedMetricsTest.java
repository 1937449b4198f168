package org.talkarchive.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talkarchive.search.eval.MetricSummary;

class PinnedMetricsTest {

    @Test
    void aDropOfMoreThanTheToleranceIsReportedAndSmallerChangesOrGainsAreNot(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("pins.tsv");
        Files.writeString(file, "# comment\nhybrid ndcg10 0.9000\nhybrid mrr 0.8000\nkeyword recall10 0.5000\n");
        PinnedMetrics pins = PinnedMetrics.read(file);
        Map<String, MetricSummary> measured = Map.of(
                "hybrid", new MetricSummary(0.8960, 0.9, 0.9, 0.7940, 10),
                "keyword", new MetricSummary(0.1, 0.6, 0.6, 0.1, 10));
        List<String> shortfalls = pins.shortfalls(measured);
        assertEquals(1, shortfalls.size(), shortfalls.toString());
        assertEquals(true, shortfalls.get(0).startsWith("hybrid mrr: 0.7940, pinned at 0.8000"), shortfalls.get(0));
    }

    @Test
    void aPinnedRowThatWasNotMeasuredFails(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("pins.tsv");
        Files.writeString(file, "hybrid/typo ndcg10 0.9\n");
        assertEquals(List.of("hybrid/typo ndcg10: pinned at 0.9 but not measured"),
                PinnedMetrics.read(file).shortfalls(Map.of()));
    }
}
