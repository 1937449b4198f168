package org.talkarchive.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Draws the median latency of each endpoint against archive size (log scale) as an SVG line chart, from the rows
 * {@link HttpBench} appends (size, figure, value); the last row of a size and figure wins, so a re-run replaces its
 * points.
 */
final class LatencyChart {
    private static final int WIDTH = 720;
    private static final int HEIGHT = 420;
    private static final int LEFT = 60;
    private static final int RIGHT = 170;
    private static final int TOP = 30;
    private static final int BOTTOM = 50;
    private static final String SUFFIX = " p50 (ms)";
    private static final String[] COLOURS = {"#1b6ca8", "#d1495b", "#2e8540", "#edae49", "#66a182", "#8d6a9f",
        "#00798c", "#6b6b6b"};

    private LatencyChart() {
    }

    static void write(Path rows, Path svg) throws IOException {
        Map<String, TreeMap<Integer, Double>> series = new TreeMap<>();
        for (String line : Files.readAllLines(rows, StandardCharsets.UTF_8)) {
            String[] cols = line.split("\t");
            if (cols.length == 3 && cols[1].endsWith(SUFFIX)) {
                series.computeIfAbsent(cols[1].substring(0, cols[1].length() - SUFFIX.length()), k -> new TreeMap<>())
                        .put(Integer.parseInt(cols[0]), Double.parseDouble(cols[2]));
            }
        }
        Files.writeString(svg, draw(series), StandardCharsets.UTF_8);
    }

    private static String draw(Map<String, TreeMap<Integer, Double>> series) {
        int minSize = series.values().stream().mapToInt(TreeMap::firstKey).min().orElse(10);
        int maxSize = series.values().stream().mapToInt(TreeMap::lastKey).max().orElse(100);
        double maxMs = series.values().stream().flatMap(m -> m.values().stream()).mapToDouble(d -> d).max().orElse(1);
        double top = niceCeiling(maxMs);
        double logMin = Math.log10(Math.max(1, minSize));
        double logMax = Math.max(logMin + 1e-9, Math.log10(maxSize));
        int plotW = WIDTH - LEFT - RIGHT;
        int plotH = HEIGHT - TOP - BOTTOM;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"12\">%n", WIDTH, HEIGHT, WIDTH, HEIGHT));
        svg.append("<title>Median latency per endpoint against archive size</title>\n");
        svg.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", WIDTH, HEIGHT));
        for (int i = 0; i <= 5; i++) {
            double ms = top * i / 5;
            double y = TOP + plotH - plotH * ms / top;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>"
                    + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>%n", LEFT, y, LEFT + plotW, y,
                    LEFT - 6, y + 4, trim(ms)));
        }
        for (int size : sizes(series)) {
            double x = LEFT + plotW * (Math.log10(size) - logMin) / (logMax - logMin);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#ddd\"/>"
                    + "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%,d</text>%n", x, TOP, x, TOP + plotH,
                    x, TOP + plotH + 16, size));
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">talks in the archive "
                + "(log scale)</text>%n", LEFT + plotW / 2, HEIGHT - 10));
        svg.append(String.format(Locale.ROOT, "<text x=\"14\" y=\"%d\" transform=\"rotate(-90 14 %d)\" "
                + "text-anchor=\"middle\">median latency over HTTP (ms)</text>%n", TOP + plotH / 2, TOP + plotH / 2));
        int index = 0;
        for (Map.Entry<String, TreeMap<Integer, Double>> line : series.entrySet()) {
            String colour = COLOURS[index % COLOURS.length];
            List<String> points = new ArrayList<>();
            for (Map.Entry<Integer, Double> p : line.getValue().entrySet()) {
                double x = LEFT + plotW * (Math.log10(p.getKey()) - logMin) / (logMax - logMin);
                double y = TOP + plotH - plotH * p.getValue() / top;
                points.add(String.format(Locale.ROOT, "%.1f,%.1f", x, y));
                svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"/>%n",
                        x, y, colour));
            }
            svg.append(String.format(Locale.ROOT, "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\" "
                    + "points=\"%s\"/>%n", colour, String.join(" ", points)));
            int legendY = TOP + 10 + 18 * index;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" "
                    + "stroke-width=\"2\"/><text x=\"%d\" y=\"%d\">%s</text>%n", WIDTH - RIGHT + 15, legendY,
                    WIDTH - RIGHT + 35, legendY, colour, WIDTH - RIGHT + 40, legendY + 4, line.getKey()));
            index++;
        }
        return svg.append("</svg>\n").toString();
    }

    private static List<Integer> sizes(Map<String, TreeMap<Integer, Double>> series) {
        return series.values().stream().flatMap(m -> m.keySet().stream()).distinct().sorted().toList();
    }

    /** The next of 1, 2, 5 times a power of ten at or above {@code value}. */
    private static double niceCeiling(double value) {
        double power = Math.pow(10, Math.floor(Math.log10(Math.max(value, 1e-9))));
        for (double step : new double[] {1, 2, 5, 10}) {
            if (step * power >= value) {
                return step * power;
            }
        }
        return 10 * power;
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }
}
