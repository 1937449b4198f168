package org.talkarchive.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.talkarchive.embed.EmbedderBenchmark;
import org.talkarchive.search.SearchMode;
import org.talkarchive.search.SearchRequest;
import org.talkarchive.search.TalkSearcher;
import org.talkarchive.search.TalkSummary;
import org.talkarchive.search.eval.JudgedQuery;
import org.talkarchive.search.eval.QuerySet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Measures what the README and docs/benchmarks.md report: embedding throughput per model, index build time, query
 * latency per mode (p50/p95 over the judged queries), heap and index size. Numbers are for reading, never asserted in tests.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure build time and query latency.")
final class BenchCommand implements Callable<Integer> {

    private static final Pattern HEAP_SIZE = Pattern.compile("[1-9][0-9]*[kKmMgG]");

    @Spec
    CommandSpec spec;

    @Option(names = "--queries", required = true, description = "TSV of queries (e.g. the judged set).")
    Path queries;

    @Option(names = "--index", defaultValue = Defaults.INDEX, description = "Index folder (default: ${DEFAULT-VALUE}).")
    Path index;

    @Mixin
    BackendOption backend = new BackendOption();

    @Option(names = "--rounds", defaultValue = "5", description = "Timed rounds over all queries (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--build-corpus", description = "Instead of --index, build this corpus into a temp folder, timing "
            + "the model alone (raw ONNX Runtime) on a sample of its texts, a full build, an update with nothing "
            + "changed and one with one talk changed; then measure latency on it.")
    Path buildCorpus;

    @Option(names = "--model", defaultValue = Defaults.MODEL, description = "Model for --build-corpus.")
    String model;

    @Option(names = "--embedders", description = "Also measure passages/s of every model on N passages of this "
            + "corpus folder's talks (default: off).", paramLabel = "N")
    int embedderPassages;

    @Option(names = "--corpus", defaultValue = Defaults.CORPUS, description = "Corpus for --embedders.")
    Path corpus;

    @Option(names = "--raw-texts", defaultValue = "400", paramLabel = "N",
            description = "Texts of --build-corpus the model embeds alone, for the raw rate (default: ${DEFAULT-VALUE}).")
    int rawTexts;

    @Option(names = "--rows", paramLabel = "FILE", description = "Append every HTTP figure to this TSV "
            + "(talks, figure, value), the data of --chart.")
    Path rows;

    @Option(names = "--chart", paramLabel = "FILE.svg",
            description = "Draw median latency per endpoint against archive size from --rows into this SVG.")
    Path chart;

    @Option(names = "--serve-heap", defaultValue = ServeChild.DEFAULT_HEAP, paramLabel = "SIZE", description = "The heap limit of the "
            + "serve process measured over HTTP, as java's -Xmx takes it (default: ${DEFAULT-VALUE}, as docs/deploy.md "
            + "starts it): measure the heap you will deploy with.")
    String serveHeap;

    @Option(names = "--scale", paramLabel = "N", description = "Instead of --index, build and measure a temporary "
            + "corpus of N copies of the corpus's talks, each with an hour-long transcript (default: off).")
    int scaleTalks;

    @Override
    public Integer call() throws Exception {
        if (!HEAP_SIZE.matcher(serveHeap).matches()) {
            throw new ParameterException(spec.commandLine(),
                    "--serve-heap must be a size as java's -Xmx takes it (384m, 1g), not '" + serveHeap + "'");
        }
        if (scaleTalks > 0) {
            Path scaleCorpus = ScaleCorpus.write(corpus, scaleTalks);
            index = Files.createTempDirectory("talk-archive-scale-index");
            long t0 = System.nanoTime();
            IndexCommand.build(scaleCorpus, index, model);
            System.out.printf("scale build (%d talks with transcripts): %.1f s%n", scaleTalks,
                    (System.nanoTime() - t0) / 1e9);
        }
        if (embedderPassages > 0) {
            EmbedderBenchmark.run(EmbedderBenchmark.passages(corpus.resolve("talks"), embedderPassages), System.out);
        }
        if (buildCorpus != null) {
            index = Files.createTempDirectory("bench-index");
            new BuildBench(System.out).run(buildCorpus, index, model, rawTexts);
        }
        List<String> texts = QuerySet.read(queries).queries().stream().map(JudgedQuery::text).toList();
        List<String> ids;
        try (Searchers.Opened opened = Searchers.open(index, backend, null)) {
            TalkSearcher searcher = opened.searcher();
            ids = searcher.allTalks().stream().map(TalkSummary::id).toList();
            System.out.printf("model %s, %d queries x %d rounds (after 1 warm-up round)%n",
                    searcher.modelName(), texts.size(), rounds);
            for (SearchMode mode : SearchMode.values()) {
                texts.forEach(q -> searcher.search(SearchRequest.of(q).withMode(mode)));
                List<Long> micros = new ArrayList<>();
                for (int r = 0; r < rounds; r++) {
                    for (String q : texts) {
                        long t = System.nanoTime();
                        searcher.search(SearchRequest.of(q).withMode(mode));
                        micros.add((System.nanoTime() - t) / 1000);
                    }
                }
                long[] sorted = micros.stream().mapToLong(Long::longValue).sorted().toArray();
                System.out.printf("%-8s p50 %6.1f ms  p95 %6.1f ms  max %6.1f ms%n", mode.label(),
                        pct(sorted, 0.5), pct(sorted, 0.95), sorted[sorted.length - 1] / 1000.0);
            }
            Runtime rt = Runtime.getRuntime();
            System.gc();
            System.out.printf("heap used after searching: %d MiB%n", (rt.totalMemory() - rt.freeMemory()) >> 20);
            if (backend.embedded()) {
                System.out.printf("index size on disk: %.1f MiB%n", size(index) / 1048576.0);
            }
        }
        if (!backend.embedded()) {
            return 0; // the HTTP part starts `serve` on the embedded index folder only
        }
        System.out.println("over HTTP (keep-alive clients on loopback):");
        new HttpBench(texts, rounds, System.out, rows, serveHeap).run(index, ids);
        if (chart != null && rows != null) {
            LatencyChart.write(rows, chart);
        }
        return 0;
    }

    private static double pct(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(p * sorted.length))] / 1000.0;
    }

    private static long size(Path dir) throws java.io.IOException {
        try (var walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
