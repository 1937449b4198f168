package org.talkarchive.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.talkarchive.search.eval.MetricSummary;

/**
 * Regression pins in the style of Anserini's regressions: a TSV of {@code row metric value} lines (row names a mode,
 * or mode/kind), each a measured value a later change must not lose more than {@link #TOLERANCE} of. Improvements
 * pass; a deliberate drop updates the pin in the same commit, with the reason in the file's comment lines.
 */
public final class PinnedMetrics {
    /** How far a measure may fall below its pin: rounding and float noise, not a real change. */
    public static final double TOLERANCE = 0.005;

    private final Map<String, Double> pins = new LinkedHashMap<>();
    private final Path source;

    private PinnedMetrics(Path source) {
        this.source = source;
    }

    /** Reads a pins file; {@code #} starts a comment line. */
    public static PinnedMetrics read(Path file) {
        PinnedMetrics pinned = new PinnedMetrics(file);
        try {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\\s+");
                if (cols.length != 3) {
                    throw new IllegalArgumentException(file + ":" + (i + 1) + ": expected 'row metric value'");
                }
                pinned.pins.put(cols[0] + " " + cols[1], Double.parseDouble(cols[2]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pinned;
    }

    /**
     * Every pinned measure that the measured rows fall short of (by more than the tolerance), and every pin whose row
     * was not measured at all; empty when all hold. {@code measured} maps a row name to its summary.
     */
    public List<String> shortfalls(Map<String, MetricSummary> measured) {
        List<String> out = new ArrayList<>();
        pins.forEach((key, pin) -> {
            String[] rowAndMetric = key.split(" ");
            MetricSummary s = measured.get(rowAndMetric[0]);
            if (s == null) {
                out.add(key + ": pinned at " + pin + " but not measured");
                return;
            }
            double value = metric(s, rowAndMetric[1]);
            if (value < pin - TOLERANCE) {
                out.add(String.format(Locale.ROOT, "%s: %.4f, pinned at %.4f (%s)", key, value, pin, source));
            }
        });
        return out;
    }

    /** The measured rows in the pins file's format, to paste when a change is deliberate. */
    public static String format(Map<String, MetricSummary> measured) {
        StringBuilder out = new StringBuilder();
        measured.forEach((row, s) -> {
            for (String metric : List.of("ndcg10", "recall10", "recall100", "mrr")) {
                out.append(String.format(Locale.ROOT, "%-24s %-9s %.4f%n", row, metric, metric(s, metric)));
            }
        });
        return out.toString();
    }

    private static double metric(MetricSummary s, String name) {
        return switch (name) {
            case "ndcg10" -> s.ndcg10();
            case "recall10" -> s.recall10();
            case "recall100" -> s.recall100();
            case "mrr" -> s.mrr();
            default -> throw new IllegalArgumentException("unknown metric " + name);
        };
    }
}
