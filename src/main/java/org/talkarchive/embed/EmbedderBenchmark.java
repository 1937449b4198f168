package org.talkarchive.embed;

import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Measures embedding speed by hand (never in tests): passages per second for every model with 1 or 2 ONNX Runtime
 * threads per model call and 1 or 2 predictors (model calls at once; a list of texts is spread over them), and
 * single-query latency.
 *
 * <pre>java ... org.talkarchive.embed.EmbedderBenchmark corpus/talks [passages=200]</pre>
 *
 * Passages are the abstract-length paragraphs (at least {@value #MIN_PASSAGE_CHARS} characters) of the Markdown or
 * text files given, repeated in turn until there are enough.
 */
public final class EmbedderBenchmark {

    static {
        DjlOfflineMode.enable();
    }

    static final int MIN_PASSAGE_CHARS = 200;
    private static final int WARM_UP_TEXTS = 32;
    private static final List<String> QUERIES = List.of("fairness dermatology", "shortcut learning in chest x-rays",
            "annotator disagreement skin lesion segmentation", "data leakage brain MRI",
            "multimodal electronic health records bias", "brain tumor segmentation challenge",
            "open access skin cancer image datasets", "calibration and uncertainty");
    private static final int QUERY_ROUNDS = 10;

    private EmbedderBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1 || args.length > 3) {
            System.err.println("usage: EmbedderBenchmark <file-or-folder of .md/.txt> [passages=200] [model: measure"
                    + " its ONNX Runtime session options instead]");
            System.exit(2);
        }
        int count = args.length >= 2 ? Integer.parseInt(args[1]) : 200;
        List<String> passages = passages(Path.of(args[0]), count);
        if (args.length == 3) {
            runSessionOptions(EmbeddingModel.byName(args[2]), passages, System.out);
        } else {
            run(passages, System.out);
        }
    }

    /**
     * Passages per second of one model under ONNX Runtime's session options (the issue's levers): graph optimisation
     * levels, and one session per core against predictors sharing one session, each with two model calls at once.
     */
    static void runSessionOptions(EmbeddingModel model, List<String> passages, PrintStream out) throws Exception {
        out.printf(Locale.ROOT, "%s: %d passages, mean %.0f characters; 2 model calls at once of 1 thread each%n",
                model.modelName(), passages.size(), passages.stream().mapToInt(String::length).average().orElse(0));
        for (String level : List.of("ALL_OPT", "EXTENDED_OPT", "BASIC_OPT", "NO_OPT")) {
            try (OnnxEmbedder embedder = OnnxEmbedder.load(model, 1, 2, Map.of("optLevel", level))) {
                out.printf(Locale.ROOT, "%-44s %8.1f passages/s%n", "one session, graph optimisation " + level,
                        passagesPerSecond(passages, List.of(embedder)));
            }
        }
        for (String level : List.of("ALL_OPT", "EXTENDED_OPT")) {
            Map<String, String> options = Map.of("optLevel", level);
            try (OnnxEmbedder first = OnnxEmbedder.load(model, 1, 1, options);
                 OnnxEmbedder second = OnnxEmbedder.load(model, 1, 1, options)) {
                out.printf(Locale.ROOT, "%-44s %8.1f passages/s%n", "one session per core, " + level,
                        passagesPerSecond(passages, List.of(first, second)));
            }
        }
        try (OnnxEmbedder plain = OnnxEmbedder.load(model, 2, 1)) {
            out.printf(Locale.ROOT, "%-44s %8.1f passages/s%n", "one call of 2 threads, not pinned",
                    passagesPerSecond(passages, List.of(plain)));
        }
        try (OrtSession.SessionOptions pinned = new OrtSession.SessionOptions()) {
            // The second intra-op thread on the second core (the calling thread is the first).
            pinned.addConfigEntry("session.intra_op_thread_affinities", "2");
            try (OnnxEmbedder embedder = OnnxEmbedder.load(model, 2, 1, Map.of("sessionOptions", pinned))) {
                out.printf(Locale.ROOT, "%-44s %8.1f passages/s%n", "one call of 2 threads, second pinned to core 2",
                        passagesPerSecond(passages, List.of(embedder)));
            }
        }
    }

    /** Warms each embedder, then embeds the passages split evenly over the embedders at once. */
    private static double passagesPerSecond(List<String> passages, List<OnnxEmbedder> embedders) throws Exception {
        for (OnnxEmbedder embedder : embedders) {
            embedder.embedDocuments(passages.subList(0, Math.min(WARM_UP_TEXTS, passages.size())));
        }
        int share = (passages.size() + embedders.size() - 1) / embedders.size();
        ExecutorService pool = Executors.newFixedThreadPool(embedders.size());
        try {
            long start = System.nanoTime();
            List<Future<?>> runs = new ArrayList<>();
            for (int i = 0; i < embedders.size(); i++) {
                List<String> part = passages.subList(Math.min(passages.size(), i * share),
                        Math.min(passages.size(), (i + 1) * share));
                OnnxEmbedder embedder = embedders.get(i);
                runs.add(pool.submit(() -> embedder.embedDocuments(part)));
            }
            for (Future<?> run : runs) {
                run.get();
            }
            return passages.size() / (millisSince(start) / 1000);
        } finally {
            pool.shutdown();
        }
    }

    /** Runs every model in every setting over {@code passages}, printing one line per setting. */
    public static void run(List<String> passages, PrintStream out) {
        double meanChars = passages.stream().mapToInt(String::length).average().orElse(0);
        out.printf(Locale.ROOT, "%d passages, mean %.0f characters; %d cores%n", passages.size(), meanChars,
                Runtime.getRuntime().availableProcessors());
        out.printf(Locale.ROOT, "%-20s %7s %10s %9s %12s %13s %13s%n", "model", "threads", "predictors", "load ms",
                "passages/s", "query p50 ms", "query p95 ms");
        int[][] settings = {{1, 1}, {2, 1}, {1, 2}, {2, 2}};
        for (EmbeddingModel model : EmbeddingModel.values()) {
            for (int[] setting : settings) {
                int threads = setting[0];
                int predictors = setting[1];
                long loadStart = System.nanoTime();
                try (OnnxEmbedder embedder = OnnxEmbedder.load(model, threads, predictors)) {
                    double loadMs = millisSince(loadStart);
                    embedder.embedDocuments(passages.subList(0, Math.min(WARM_UP_TEXTS, passages.size())));
                    long start = System.nanoTime();
                    embedder.embedDocuments(passages);
                    double perSecond = passages.size() / (millisSince(start) / 1000);
                    double[] latencies = queryLatencies(embedder);
                    out.printf(Locale.ROOT, "%-20s %7d %10d %9.0f %12.1f %13.1f %13.1f%n", model.modelName(),
                            threads, predictors, loadMs, perSecond, percentile(latencies, 0.50),
                            percentile(latencies, 0.95));
                }
            }
        }
    }

    private static double[] queryLatencies(OnnxEmbedder embedder) {
        QUERIES.forEach(embedder::embedQuery);
        double[] latencies = new double[QUERIES.size() * QUERY_ROUNDS];
        int i = 0;
        for (int round = 0; round < QUERY_ROUNDS; round++) {
            for (String query : QUERIES) {
                long start = System.nanoTime();
                embedder.embedQuery(query);
                latencies[i++] = millisSince(start);
            }
        }
        return latencies;
    }

    /** Abstract-length paragraphs of the files, repeated in turn up to {@code count}. */
    public static List<String> passages(Path source, int count) throws IOException {
        List<Path> files;
        if (Files.isDirectory(source)) {
            try (Stream<Path> walk = Files.walk(source)) {
                files = walk.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".txt"))
                        .sorted().toList();
            }
        } else {
            files = List.of(source);
        }
        List<String> paragraphs = new ArrayList<>();
        for (Path file : files) {
            for (String line : Files.readString(file, StandardCharsets.UTF_8).split("\\R")) {
                // Drop a YAML key or a Markdown label such as "abstract:" or "Bio:" in front of the text.
                String text = line.replaceFirst("^\\s*[\\p{Alpha} ]{1,20}:\\s*[>|]?\\s*", "").strip();
                if (text.length() >= MIN_PASSAGE_CHARS) {
                    paragraphs.add(text);
                }
            }
        }
        if (paragraphs.isEmpty()) {
            throw new IllegalArgumentException("no line of " + MIN_PASSAGE_CHARS + "+ characters in " + source);
        }
        List<String> passages = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            passages.add(paragraphs.get(i % paragraphs.size()));
        }
        return passages;
    }

    private static double millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }

    private static double percentile(double[] values, double fraction) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.min(sorted.length - 1, Math.round(fraction * (sorted.length - 1)))];
    }
}
