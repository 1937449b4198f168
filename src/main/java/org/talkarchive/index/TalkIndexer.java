package org.talkarchive.index;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.talkarchive.corpus.Corpus;
import org.talkarchive.corpus.CorpusException;
import org.talkarchive.corpus.CorpusReader;
import org.talkarchive.corpus.DatasetMatcher;
import org.talkarchive.corpus.Passage;
import org.talkarchive.corpus.Speaker;
import org.talkarchive.corpus.Talk;
import org.talkarchive.corpus.TextNormalizer;
import org.talkarchive.embed.Embedder;

/**
 * Builds an index generation from a corpus folder and publishes it atomically (see {@link IndexLocation}).
 * Validation runs first, so a corpus with problems indexes nothing; vectors of unchanged talks are reused.
 */
public final class TalkIndexer {
    private static final int BATCH = 16;

    private final Embedder embedder;
    private final PrintStream log;

    /** @param log where progress goes (stderr in the CLI), or null for none */
    public TalkIndexer(Embedder embedder, PrintStream log) {
        this.embedder = embedder;
        this.log = log;
    }

    public IndexSummary build(Path corpusDir, Path indexRoot) throws IOException, CorpusException {
        Instant start = Instant.now();
        Corpus corpus = CorpusReader.read(corpusDir);
        IndexLocation location = new IndexLocation(indexRoot);
        PreviousVectors previous = PreviousVectors.load(location, embedder.modelName());

        VectorPlan plan = planVectors(corpus, previous);
        plan.embedMissing();
        List<IndexedTalk> talks = derive(corpus, plan);

        Path gen = location.newGeneration();
        try {
            write(gen, corpus, talks);
            location.publish(gen);
        } catch (IOException | RuntimeException e) {
            location.discard(gen);
            throw e;
        }
        int passages = talks.stream().mapToInt(t -> t.passages().size()).sum();
        return new IndexSummary(gen, embedder.modelName(), talks.size(), passages, plan.embeddedCount,
                plan.reusedCount, Duration.between(start, Instant.now()));
    }

    /** The text embedded for a talk: title and abstract; speakers and bios are served by BM25 instead. */
    public static String talkEmbeddingText(Talk talk) {
        return TextNormalizer.forIndex(talk.title() + ". " + talk.abstractText());
    }

    private VectorPlan planVectors(Corpus corpus, PreviousVectors previous) {
        VectorPlan plan = new VectorPlan();
        for (Talk talk : corpus.talks()) {
            List<Passage> passages = corpus.passages(talk.id());
            List<String> texts = new ArrayList<>();
            texts.add(talkEmbeddingText(talk));
            passages.forEach(p -> texts.add(TextNormalizer.forIndex(p.text())));
            String hash = contentHash(texts);
            Optional<PreviousVectors.Entry> reuse = previous.unchanged(talk.id(), hash, passages.size());
            plan.add(talk.id(), hash, texts, reuse);
        }
        return plan;
    }

    private List<IndexedTalk> derive(Corpus corpus, VectorPlan plan) {
        TopicInference inference = new TopicInference(corpus.topics(), embedder);
        DatasetMatcher datasets = new DatasetMatcher(corpus.datasets());
        List<IndexedTalk> talks = new ArrayList<>();
        for (Talk talk : corpus.talks()) {
            List<float[]> vectors = java.util.Arrays.asList(plan.vectors.get(talk.id()));
            float[] talkVector = vectors.get(0);
            List<String> inferred = talk.topics().isEmpty()
                    ? inference.infer(talk.title(), talk.abstractText(), talkVector) : List.of();
            List<Passage> passages = corpus.passages(talk.id());
            Set<String> mentioned = datasets.find(mentionText(talk, passages));
            talks.add(new IndexedTalk(talk, inferred, mentioned, passages, talkVector,
                    vectors.subList(1, vectors.size()), plan.hashes.get(talk.id())));
        }
        return talks;
    }

    private static String mentionText(Talk talk, List<Passage> passages) {
        StringBuilder text = new StringBuilder(talk.title()).append('\n').append(talk.abstractText());
        for (Speaker s : talk.speakers()) {
            text.append('\n').append(s.bio());
        }
        passages.forEach(p -> text.append('\n').append(p.text()));
        return TextNormalizer.forIndex(text.toString());
    }

    private void write(Path gen, Corpus corpus, List<IndexedTalk> talks) throws IOException {
        TalkDocuments converter = new TalkDocuments(corpus.topics(), corpus.datasets());
        FacetsConfig facets = FacetFields.config();
        IndexWriterConfig config = new IndexWriterConfig(IndexAnalyzers.perField())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE);
        try (FSDirectory dir = FSDirectory.open(gen); IndexWriter writer = new IndexWriter(dir, config)) {
            for (IndexedTalk talk : talks) {
                List<Document> docs = new ArrayList<>();
                for (Document doc : converter.documentsOf(talk)) {
                    docs.add(facets.build(doc));
                }
                writer.addDocuments(docs);
            }
            Map<String, String> meta = new HashMap<>();
            meta.put(Fields.META_MODEL, embedder.modelName());
            meta.put(Fields.META_DIMENSION, String.valueOf(embedder.dimension()));
            meta.put(Fields.META_TOPICS, TalkJson.write(corpus.topics()));
            meta.put(Fields.META_DATASETS, TalkJson.write(corpus.datasets()));
            meta.put(Fields.META_TALKS, String.valueOf(talks.size()));
            meta.put(Fields.META_BUILT, Instant.now().toString());
            writer.setLiveCommitData(meta.entrySet());
            writer.forceMerge(1);
            writer.commit();
        }
    }

    private static String contentHash(List<String> texts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String text : texts) {
                sha.update(text.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Which texts to embed and which vectors to reuse, filled in talk by talk. */
    private final class VectorPlan {
        /** Per talk: its own vector first, then one per passage; filled from the previous index or by embedding. */
        final Map<String, float[][]> vectors = new HashMap<>();
        final Map<String, String> hashes = new HashMap<>();
        private final List<String> pendingTexts = new ArrayList<>();
        private final List<float[][]> pendingTargets = new ArrayList<>();
        private final List<Integer> pendingSlots = new ArrayList<>();
        int embeddedCount;
        int reusedCount;

        void add(String talkId, String hash, List<String> texts, Optional<PreviousVectors.Entry> reuse) {
            hashes.put(talkId, hash);
            float[][] slots = new float[texts.size()][];
            vectors.put(talkId, slots);
            if (reuse.isPresent()) {
                slots[0] = reuse.get().talkVector();
                for (int i = 1; i < slots.length; i++) {
                    slots[i] = reuse.get().passageVectors().get(i - 1);
                }
                reusedCount += texts.size();
                return;
            }
            for (int i = 0; i < texts.size(); i++) {
                pendingTexts.add(texts.get(i));
                pendingTargets.add(slots);
                pendingSlots.add(i);
            }
        }

        void embedMissing() {
            Progress progress = log == null ? Progress.silent("embedding", pendingTexts.size())
                    : new Progress(log, "embedding", pendingTexts.size());
            for (int from = 0; from < pendingTexts.size(); from += BATCH) {
                int to = Math.min(pendingTexts.size(), from + BATCH);
                List<float[]> batch = embedder.embedDocuments(pendingTexts.subList(from, to));
                for (int i = from; i < to; i++) {
                    pendingTargets.get(i)[pendingSlots.get(i)] = batch.get(i - from);
                }
                progress.advance(to - from);
            }
            embeddedCount = pendingTexts.size();
        }
    }
}
