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

    private static final List<String> TRECMETRICS = List.of("ndcg10", "recall10", "recall100", "mrr");

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
        Map<String, Map<String, Double>> values = new LinkedHashMap<>();
        measured.forEach((row, s) -> {
            Map<String, Double> byMetric = new LinkedHashMap<>();
            TRECMETRICS.forEach(m -> byMetric.put(m, metric(s, m)));
            values.put(row, byMetric);
        });
        return shortfallsOf(values);
    }

    /** The same for any measures: row name to metric name to value (e.g. a passage set's success1, success3). */
    public List<String> shortfallsOf(Map<String, Map<String, Double>> measured) {
        List<String> out = new ArrayList<>();
        pins.forEach((key, pin) -> {
            String[] rowAndMetric = key.split(" ");
            Map<String, Double> row = measured.get(rowAndMetric[0]);
            Double value = row == null ? null : row.get(rowAndMetric[1]);
            if (value == null) {
                out.add(key + ": pinned at " + pin + " but not measured");
            } else if (value < pin - TOLERANCE) {
                out.add(String.format(Locale.ROOT, "%s: %.4f, pinned at %.4f (%s)", key, value, pin, source));
            }
        });
        return out;
    }

    /** The measured rows in the pins file's format, to paste when a change is deliberate. */
    public static String format(Map<String, MetricSummary> measured) {
        StringBuilder out = new StringBuilder();
        measured.forEach((row, s) -> {
            for (String metric : TRECMETRICS) {
                out.append(line(row, metric, metric(s, metric)));
            }
        });
        return out.toString();
    }

    /** Any measures in the pins file's format. */
    public static String formatValues(Map<String, Map<String, Double>> measured) {
        StringBuilder out = new StringBuilder();
        measured.forEach((row, values) -> values.forEach((metric, v) -> out.append(line(row, metric, v))));
        return out.toString();
    }

    private static String line(String row, String metric, double value) {
        return String.format(Locale.ROOT, "%-24s %-9s %.4f%n", row, metric, value);
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
