package org.talkarchive.index;

import java.io.Closeable;
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
import org.talkarchive.corpus.CorpusFiles;
import org.talkarchive.corpus.CorpusRead;
import org.talkarchive.corpus.CorpusReader;
import org.talkarchive.corpus.DatasetMatcher;
import org.talkarchive.corpus.Passage;
import org.talkarchive.corpus.PassageLength;
import org.talkarchive.corpus.Speaker;
import org.talkarchive.corpus.Talk;
import org.talkarchive.corpus.TextNormalizer;
import org.talkarchive.embed.CachingEmbedder;
import org.talkarchive.embed.Embedder;
import org.talkarchive.embed.EmbeddingCache;

/**
 * Builds an index from a corpus folder and publishes it atomically through an {@link IndexTarget} (the embedded
 * Lucene folder by default, see {@link IndexLocation}).
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
        return build(corpusDir, new LuceneIndexTarget(indexRoot));
    }

    /**
     * Reads a corpus folder and builds its index. When the published index kept what the read it was built from saw
     * of the talk files ({@link CorpusFiles}) and can be updated, only the talks whose files changed since are read,
     * validated and written, and the talks whose files are gone are deleted; otherwise the whole corpus is read.
     *
     * Transcripts are cut as the published index's were (the default for a first build).
     *
     * @throws CorpusException listing every problem of the files read; nothing is indexed then
     */
    public IndexSummary build(Path corpusDir, IndexTarget target) throws IOException, CorpusException {
        return build(corpusDir, passageLength(target.publishedMeta()), target, true).orElseThrow();
    }

    /** The same, cutting transcripts into passages of this length (a new length reads every talk). */
    public IndexSummary build(Path corpusDir, PassageLength passageLength, IndexTarget target)
            throws IOException, CorpusException {
        return build(corpusDir, passageLength, target, true).orElseThrow();
    }

    /**
     * As {@link #build(Path, IndexTarget)}, but when the published index can be updated and nothing in the corpus
     * changed that it holds (an editor's temporary file came and went, a file was saved unchanged), nothing is
     * published and the answer is empty: {@code serve --watch} builds on every file event.
     */
    public Optional<IndexSummary> buildIfChanged(Path corpusDir, IndexTarget target)
            throws IOException, CorpusException {
        return build(corpusDir, passageLength(target.publishedMeta()), target, false);
    }

    private Optional<IndexSummary> build(Path corpusDir, PassageLength passageLength, IndexTarget target,
                                         boolean always)
            throws IOException, CorpusException {
        Instant start = Instant.now();
        try (Closeable lock = target.lock()) {
            Optional<PublishedIndex> published = target.published();
            CorpusReader reader = new CorpusReader(passageLength);
            CorpusRead read = reader.readChanged(corpusDir, published.flatMap(PublishedIndex::files));
            if (read.previous().isPresent()
                    && !published.get().updatableTo(meta(read.corpus(), read.talkCount()))) {
                // A new taxonomy, dataset list or model rewrites every talk: all of them are read.
                read = reader.readChanged(corpusDir, Optional.empty());
            }
            return build(read.corpus(), read, target, published, start, always);
        }
    }

    /**
     * Indexes a corpus that was read elsewhere, e.g. a public benchmark converted to talks by {@code eval --beir},
     * so that it is measured through the same talk-to-index pipeline as the archive itself.
     */
    public IndexSummary build(Corpus corpus, Path indexRoot) throws IOException {
        return build(corpus, new LuceneIndexTarget(indexRoot));
    }

    /** Indexes a corpus into a target, e.g. another engine than the embedded one. */
    public IndexSummary build(Corpus corpus, IndexTarget target) throws IOException {
        Instant start = Instant.now();
        try (Closeable lock = target.lock()) {
            return build(corpus, null, target, target.published(), start, true).orElseThrow();
        }
    }

    /**
     * @param read   how {@code corpus} was read, when it holds only the talks that changed; null when it is whole
     * @param always publish even an update that changes nothing (else the answer is empty then)
     */
    private Optional<IndexSummary> build(Corpus corpus, CorpusRead read, IndexTarget target,
                                         Optional<PublishedIndex> published, Instant start, boolean always)
            throws IOException {
        int talks = read != null ? read.talkCount() : corpus.talks().size();
        Map<String, String> meta = meta(corpus, talks);
        BuildPlan plan = read != null ? BuildPlan.of(read, published, meta) : BuildPlan.of(corpus, published, meta);
        if (!always && plan.isUpdate() && plan.toWrite().isEmpty() && plan.removed().isEmpty()
                && sameBut(meta, plan.previous().get().meta(), Fields.META_BUILT)) {
            return Optional.empty();
        }
        EmbeddingCache cache = EmbeddingCache.open(EmbeddingCache.fileFor(target.cacheFolder(), embedder.modelName()),
                embedder.modelName(), embedder.dimension());
        try (CachingEmbedder cached = new CachingEmbedder(embedder, cache)) {
            // Topic descriptions are embedded directly: they are few, and not the corpus's texts the summary counts.
            TopicInference inference = new TopicInference(corpus.topics(), embedder);
            TalkIndexWriter writer = target.writer(corpus, plan.isUpdate());
            String built = writer.location();
            double textsPerSecond;
            // Closing the writer before any catch below runs discards an unpublished index: the served one stays.
            try (writer) {
                try (EmbeddingStage stage = new EmbeddingStage(corpus, plan.toWrite(), cached, log)) {
                    write(writer, plan, stage, inference);
                    textsPerSecond = stage.textsPerSecond();
                }
                if (read != null) {
                    writer.publish(meta, read.files());
                } else {
                    writer.publish(meta);
                }
            } catch (IOException | UncheckedIOException e) {
                // Disk full lands here.
                throw new IOException("the build of " + writer.name() + " stopped (" + reason(e) + "); the index "
                        + published.map(p -> p.name() + " ").orElse("") + "being served is unchanged", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while building " + built, e);
            }
            int passages = read != null ? read.files().passages()
                    : corpus.talks().stream().mapToInt(t -> corpus.passages(t.id()).size()).sum();
            IndexSummary.Reading reading = new IndexSummary.Reading(corpus.talks().size(),
                    read != null ? read.compared() : 0);
            return Optional.of(new IndexSummary(built, embedder.modelName(), talks, passages,
                    (int) cached.misses(), (int) cached.hits(), Duration.between(start, Instant.now()),
                    new IndexSummary.Cache(cache.size(), cache.bytes()), textsPerSecond, plan.changes(), reading));
        }
    }

    private static boolean sameBut(Map<String, String> a, Map<String, String> b, String ignored) {
        Map<String, String> left = new HashMap<>(a);
        Map<String, String> right = new HashMap<>(b);
        left.remove(ignored);
        right.remove(ignored);
        return left.equals(right);
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
    private static void write(TalkIndexWriter writer, BuildPlan plan, EmbeddingStage stage, TopicInference inference)
            throws IOException, InterruptedException {
        DatasetMatcher datasets = new DatasetMatcher(plan.corpus().datasets());
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
    }

    /** @param talks talks in the corpus (the corpus may hold only those read) */
    private Map<String, String> meta(Corpus corpus, int talks) {
        Map<String, String> meta = new HashMap<>();
        meta.put(Fields.META_MODEL, embedder.modelName());
        meta.put(Fields.META_DIMENSION, String.valueOf(embedder.dimension()));
        meta.put(Fields.META_TOPICS, TalkJson.write(corpus.topics()));
        meta.put(Fields.META_DATASETS, TalkJson.write(corpus.datasets()));
        meta.put(Fields.META_ARCHIVE, TalkJson.write(corpus.archive()));
        meta.put(Fields.META_TALKS, String.valueOf(talks));
        meta.put(Fields.META_BUILT, Instant.now().toString());
        meta.put(Fields.META_LAYOUT, TalkDocuments.LAYOUT);
        meta.put(Fields.META_PASSAGE_SECONDS, corpus.passageLength().seconds());
        meta.put(Fields.META_PASSAGE_OVERLAP, corpus.passageLength().overlapName());
        return meta;
    }

    /**
     * How an index with this metadata cut its transcripts; the default for one built before this was recorded (they
     * were all cut that way).
     */
    public static PassageLength passageLength(Map<String, String> meta) {
        String seconds = meta.get(Fields.META_PASSAGE_SECONDS);
        if (seconds == null) {
            return PassageLength.DEFAULT;
        }
        try {
            return PassageLength.parse(seconds, meta.getOrDefault(Fields.META_PASSAGE_OVERLAP, "sentence"));
        } catch (IllegalArgumentException e) {
            return PassageLength.DEFAULT;
        }
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
