package org.talkarchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The latency chart drawn from bench rows: one line per endpoint, one point per archive size, last row wins. */
class LatencyChartTest {

    @TempDir
    Path temp;

    @Test
    void drawsOneLinePerEndpointWithAPointPerArchiveSize() throws Exception {
        Path rows = temp.resolve("rows.tsv");
        Files.writeString(rows, """
                30\thybrid p50 (ms)\t9.00
                30\thybrid p99 (ms)\t40.00
                30\tkeyword p50 (ms)\t2.00
                1000\thybrid p50 (ms)\t11.00
                1000\tkeyword p50 (ms)\t2.50
                20000\thybrid p50 (ms)\t14.00
                20000\thybrid p50 (ms)\t13.00
                20000\tresident memory (MiB)\t700.00
                """, StandardCharsets.UTF_8);
        Path svg = temp.resolve("chart.svg");

        LatencyChart.write(rows, svg);

        String text = Files.readString(svg, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""), text);
        assertEquals(2, count(text, "<polyline"), "hybrid and keyword; p99 and memory are not medians");
        assertEquals(5, count(text, "<circle"), "3 hybrid sizes and 2 keyword sizes, the repeated row drawn once");
        assertTrue(text.contains(">20,000</text>") && text.contains(">30</text>"), text);
        assertTrue(text.contains(">hybrid</text>") && text.contains(">keyword</text>"), text);
    }

    private static int count(String text, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
