package org.talkarchive.index;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.talkarchive.corpus.Corpus;
import org.talkarchive.corpus.CorpusException;
import org.talkarchive.corpus.CorpusReader;
import org.talkarchive.corpus.DatasetMatcher;
import org.talkarchive.corpus.Passage;
import org.talkarchive.corpus.Speaker;
import org.talkarchive.corpus.Talk;
import org.talkarchive.corpus.TextNormalizer;
import org.talkarchive.embed.CachingEmbedder;
import org.talkarchive.embed.Embedder;
import org.talkarchive.embed.EmbeddingCache;

/**
 * Builds an index generation from a corpus folder and publishes it atomically (see {@link IndexLocation}).
 * Validation runs first, so a corpus with problems indexes nothing. Document vectors come from the index's
 * {@link EmbeddingCache}, so a text is embedded once per model, whatever happened to earlier builds; embedding runs
 * in an {@link EmbeddingStage} while this thread derives and writes the talks already embedded.
 */
public final class TalkIndexer {

    private final Embedder embedder;
    private final PrintStream log;

    /** @param log where progress goes (stderr in the CLI), or null for none */
    public TalkIndexer(Embedder embedder, PrintStream log) {
        this.embedder = embedder;
        this.log = log;
    }

    public IndexSummary build(Path corpusDir, Path indexRoot) throws IOException, CorpusException {
        return build(CorpusReader.read(corpusDir), indexRoot);
    }

    /**
     * Indexes a corpus that was read elsewhere, e.g. a public benchmark converted to talks by {@code eval --beir},
     * so that it is measured through the same talk-to-index pipeline as the archive itself.
     */
    public IndexSummary build(Corpus corpus, Path indexRoot) throws IOException {
        Instant start = Instant.now();
        IndexLocation location = new IndexLocation(indexRoot);
        try (BuildLock lock = BuildLock.acquire(location.root())) {
            location.removeUnfinished();
            return build(corpus, location, start);
        }
    }

    private IndexSummary build(Corpus corpus, IndexLocation location, Instant start) throws IOException {
        Map<String, String> meta = meta(corpus);
        BuildPlan plan = BuildPlan.of(corpus, PreviousGeneration.of(location, meta));
        EmbeddingCache cache = EmbeddingCache.open(EmbeddingCache.fileFor(location.root(), embedder.modelName()),
                embedder.modelName(), embedder.dimension());
        try (CachingEmbedder cached = new CachingEmbedder(embedder, cache)) {
            // Topic descriptions are embedded directly: they are few, and not the corpus's texts the summary counts.
            TopicInference inference = new TopicInference(corpus.topics(), embedder);
            Path gen = plan.previous().isPresent()
                    ? location.newGenerationFrom(plan.previous().get().folder()) : location.newGeneration();
            double textsPerSecond;
            try {
                try (EmbeddingStage stage = new EmbeddingStage(corpus, plan.toWrite(), cached, log)) {
                    write(gen, plan, stage, inference, meta);
                    textsPerSecond = stage.textsPerSecond();
                }
                location.publish(gen);
            } catch (IOException | UncheckedIOException e) {
                // Disk full lands here: the half-written generation is deleted, CURRENT was never touched.
                location.discard(gen);
                throw new IOException("the build of " + gen.getFileName() + " stopped (" + reason(e) + "); the index "
                        + location.current().map(p -> p.getFileName() + " ").orElse("") + "being served is unchanged", e);
            } catch (RuntimeException e) {
                location.discard(gen);
                throw e;
            } catch (InterruptedException e) {
                location.discard(gen);
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while building " + gen, e);
            }
            int passages = corpus.talks().stream().mapToInt(t -> corpus.passages(t.id()).size()).sum();
            return new IndexSummary(gen, embedder.modelName(), corpus.talks().size(), passages,
                    (int) cached.misses(), (int) cached.hits(), Duration.between(start, Instant.now()),
                    new IndexSummary.Cache(cache.size(), cache.bytes()), textsPerSecond, plan.changes());
        }
    }

    /** The message of an I/O failure and of its cause ("cannot write embedding cache x (No space left on device)"). */
    private static String reason(Exception e) {
        Throwable cause = e.getCause();
        String message = String.valueOf(e.getMessage());
        return cause != null && cause.getMessage() != null && !message.contains(cause.getMessage())
                ? message + ": " + cause.getMessage() : message;
    }

    /** The text embedded for a talk: title and abstract; speakers and bios are served by BM25 instead. */
    public static String talkEmbeddingText(Talk talk) {
        return TextNormalizer.forIndex(talk.title() + ". " + talk.abstractText());
    }

    /** Writes every talk the stage hands over and deletes the talks that left the corpus. */
    private void write(Path gen, BuildPlan plan, EmbeddingStage stage, TopicInference inference,
                      Map<String, String> meta) throws IOException, InterruptedException {
        DatasetMatcher datasets = new DatasetMatcher(plan.corpus().datasets());
        try (GenerationWriter writer = plan.previous().isPresent()
                ? GenerationWriter.update(gen, plan.corpus()) : GenerationWriter.create(gen, plan.corpus())) {
            for (Optional<EmbeddingStage.Embedded> next = stage.next(); next.isPresent(); next = stage.next()) {
                EmbeddingStage.Embedded e = next.get();
                Talk talk = e.talk();
                List<String> inferred = talk.topics().isEmpty()
                        ? inference.infer(talk.title(), talk.abstractText(), e.talkVector()) : List.of();
                Set<String> mentioned = datasets.find(mentionText(talk, e.passages()));
                writer.put(new IndexedTalk(talk, inferred, mentioned, e.passages(), e.talkVector(),
                        e.passageVectors(), TalkFingerprint.of(talk, e.passages())));
            }
            for (String removed : plan.removed()) {
                writer.delete(removed);
            }
            writer.commit(meta);
        }
    }

    private Map<String, String> meta(Corpus corpus) {
        Map<String, String> meta = new HashMap<>();
        meta.put(Fields.META_MODEL, embedder.modelName());
        meta.put(Fields.META_DIMENSION, String.valueOf(embedder.dimension()));
        meta.put(Fields.META_TOPICS, TalkJson.write(corpus.topics()));
        meta.put(Fields.META_DATASETS, TalkJson.write(corpus.datasets()));
        meta.put(Fields.META_ARCHIVE, TalkJson.write(corpus.archive()));
        meta.put(Fields.META_TALKS, String.valueOf(corpus.talks().size()));
        meta.put(Fields.META_BUILT, Instant.now().toString());
        meta.put(Fields.META_LAYOUT, TalkDocuments.LAYOUT);
        return meta;
    }

    private static String mentionText(Talk talk, List<Passage> passages) {
        StringBuilder text = new StringBuilder(talk.title()).append('\n').append(talk.abstractText());
        for (Speaker s : talk.speakers()) {
            text.append('\n').append(s.bio());
        }
        passages.forEach(p -> text.append('\n').append(p.text()));
        return TextNormalizer.forIndex(text.toString());
    }
}
