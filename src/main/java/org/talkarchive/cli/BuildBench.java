package org.talkarchive.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.talkarchive.corpus.Corpus;
import org.talkarchive.corpus.CorpusReader;
import org.talkarchive.corpus.Talk;
import org.talkarchive.embed.Embedder;
import org.talkarchive.embed.Embedders;
import org.talkarchive.index.EmbeddingStage;
import org.talkarchive.index.IndexSummary;
import org.talkarchive.index.TalkIndexer;

/**
 * Measures a build against the model's own speed in the same run: raw ONNX Runtime texts/s over a sample of the
 * corpus's own texts (spread over the whole corpus) just before and just after a full build into an empty folder (fresh embedding cache),
 * an update with nothing changed, and an update with one talk changed. The same loaded model serves all four, so
 * model loading is in none of the figures.
 */
final class BuildBench {
    private final PrintStream out;

    BuildBench(PrintStream out) {
        this.out = out;
    }

    /** Builds into {@code index} (which should not exist yet) and reports; the index is left for latency runs. */
    void run(Path corpusDir, Path index, String model, int rawTexts) throws Exception {
        try (Embedder embedder = Embedders.load(model)) {
            Corpus corpus = CorpusReader.read(corpusDir);
            List<String> all = new ArrayList<>();
            for (Talk talk : corpus.talks()) {
                all.addAll(EmbeddingStage.texts(talk, corpus.passages(talk.id())));
            }
            List<String> sample = spreadSample(all, rawTexts);
            embedder.embedDocuments(sample.subList(0, Math.min(16, sample.size()))); // warm-up
            out.printf(Locale.ROOT, "corpus: %d talks, %d texts to embed (%.0f characters on average)%n",
                    corpus.talks().size(), all.size(), all.stream().mapToInt(String::length).average().orElse(0));
            double rawBefore = rawRate(embedder, sample);
            IndexSummary full = new TalkIndexer(embedder, null).build(corpusDir, index);
            // Measured on both sides of the build: on a shared machine the load moves during a run.
            double rawAfter = rawRate(embedder, sample);
            double raw = (rawBefore + rawAfter) / 2;
            out.printf(Locale.ROOT, "raw ONNX Runtime (%s, %d texts of the corpus): %.1f texts/s before the build, "
                    + "%.1f after%n", model, sample.size(), rawBefore, rawAfter);
            out.printf(Locale.ROOT, "full build: %.1f s, embedding stage %.1f texts/s = %.0f%% of raw (mean of "
                    + "before and after)%n", seconds(full), full.textsPerSecond(), 100 * full.textsPerSecond() / raw);
            out.println("  " + full.oneLine());
            IndexSummary unchanged = new TalkIndexer(embedder, null).build(corpusDir, index);
            out.printf(Locale.ROOT, "update, nothing changed: %.1f s%n", seconds(unchanged));
            Path edited = withOneTalkEdited(corpusDir, corpus.talks().get(corpus.talks().size() / 2));
            IndexSummary one = new TalkIndexer(embedder, null).build(edited, index);
            out.printf(Locale.ROOT, "update, one talk changed: %.1f s (%s)%n", seconds(one), one.oneLine());
        }
    }

    private static double rawRate(Embedder embedder, List<String> sample) {
        long start = System.nanoTime();
        embedder.embedDocuments(sample);
        return sample.size() / ((System.nanoTime() - start) / 1e9);
    }

    /** {@code count} texts taken at even steps through the corpus, so the sample has its mix of lengths. */
    private static List<String> spreadSample(List<String> all, int count) {
        List<String> sample = new ArrayList<>();
        double step = Math.max(1.0, all.size() / (double) count);
        for (double i = 0; i < all.size() && sample.size() < count; i += step) {
            sample.add(all.get((int) i));
        }
        return sample;
    }

    /**
     * A corpus folder of symbolic links to the original's files, except one talk file copied with a sentence added
     * to its abstract: an edit as an organiser makes it, without touching the real corpus.
     */
    private static Path withOneTalkEdited(Path corpusDir, Talk talk) throws IOException {
        Path copy = Files.createTempDirectory("bench-edited-corpus");
        Path source = corpusDir.toAbsolutePath();
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                Path target = copy.resolve(source.relativize(file).toString());
                Files.createDirectories(target.getParent());
                if (file.getFileName().toString().equals(talk.id() + ".md")) {
                    Files.writeString(target, Files.readString(file, StandardCharsets.UTF_8)
                            + "\nEdited by the benchmark to time an update.\n", StandardCharsets.UTF_8);
                } else {
                    Files.createSymbolicLink(target, file);
                }
            }
        }
        return copy;
    }

    private static double seconds(IndexSummary summary) {
        return summary.took().toMillis() / 1000.0;
    }
}
