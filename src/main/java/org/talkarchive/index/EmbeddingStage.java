package org.talkarchive.index;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.talkarchive.corpus.Corpus;
import org.talkarchive.corpus.Passage;
import org.talkarchive.corpus.Talk;
import org.talkarchive.corpus.TextNormalizer;
import org.talkarchive.embed.Embedder;

/**
 * Embeds the corpus's talks on a thread of its own, in corpus order, so the indexer derives and writes the talks
 * already embedded while the model works on the next ones: the build then takes as long as embedding, not as long
 * as embedding plus everything else. Texts of several talks go to the model together, so a corpus of one-text talks
 * still keeps every predictor busy.
 */
public final class EmbeddingStage implements AutoCloseable {
    /** Texts handed to the model at once: enough for every predictor to get several. */
    static final int BATCH_TEXTS = 32;
    /** Embedded talks waiting for the writer; bounds the memory the stage can run ahead with. */
    private static final int QUEUE_TALKS = 256;

    /** A talk with the texts that were embedded for it and their vectors (its own text first). */
    record Embedded(Talk talk, List<Passage> passages, float[] talkVector, List<float[]> passageVectors) {
    }

    private record Failure(RuntimeException error) {
    }

    private static final Object END = new Object();

    private final Corpus corpus;
    private final List<Talk> talks;
    private final Embedder embedder;
    private final Progress progress;
    private final BlockingQueue<Object> ready = new ArrayBlockingQueue<>(QUEUE_TALKS);
    private final Thread thread;
    private volatile boolean stopped;
    private final long startNanos = System.nanoTime();
    private volatile long endNanos;
    private volatile long textsDone;

    /** Starts embedding {@code talks} (of {@code corpus}, which holds their passages). */
    EmbeddingStage(Corpus corpus, List<Talk> talks, Embedder embedder, PrintStream log) {
        this.corpus = corpus;
        this.talks = List.copyOf(talks);
        this.embedder = embedder;
        long texts = this.talks.stream().mapToLong(t -> 1 + corpus.passages(t.id()).size()).sum();
        this.progress = log == null ? Progress.silent("embedding", texts) : new Progress(log, "embedding", texts);
        this.thread = Thread.ofPlatform().daemon().name("embedding-stage").unstarted(this::run);
        thread.start();
    }

    /** The texts embedded for a talk: its title and abstract, then each passage, normalised as the index is. */
    public static List<String> texts(Talk talk, List<Passage> passages) {
        List<String> texts = new ArrayList<>(1 + passages.size());
        texts.add(TalkIndexer.talkEmbeddingText(talk));
        passages.forEach(p -> texts.add(TextNormalizer.forIndex(p.text())));
        return texts;
    }

    /** The next talk in the given order, or empty after the last; rethrows what made the stage fail. */
    Optional<Embedded> next() throws InterruptedException {
        Object item = ready.take();
        if (item == END) {
            ready.put(END); // later calls see the end too
            return Optional.empty();
        }
        if (item instanceof Failure failure) {
            ready.put(failure);
            throw failure.error();
        }
        return Optional.of((Embedded) item);
    }

    /** Texts through the stage per second of its run, so far or until it handed over the last talk. */
    double textsPerSecond() {
        long end = endNanos == 0 ? System.nanoTime() : endNanos;
        return textsDone / Math.max(1e-9, (end - startNanos) / 1e9);
    }

    private void run() {
        try {
            List<Talk> batchTalks = new ArrayList<>();
            List<String> batchTexts = new ArrayList<>();
            for (Talk talk : talks) {
                batchTalks.add(talk);
                batchTexts.addAll(texts(talk, corpus.passages(talk.id())));
                if (batchTexts.size() >= BATCH_TEXTS) {
                    embedAndHandOver(batchTalks, batchTexts);
                    batchTalks.clear();
                    batchTexts.clear();
                }
                if (stopped) {
                    return;
                }
            }
            embedAndHandOver(batchTalks, batchTexts);
            endNanos = System.nanoTime();
            hand(END);
        } catch (RuntimeException e) {
            hand(new Failure(e));
        }
    }

    private void embedAndHandOver(List<Talk> talks, List<String> texts) {
        if (talks.isEmpty()) {
            return;
        }
        List<float[]> vectors = embedder.embedDocuments(texts);
        progress.advance(texts.size());
        textsDone += texts.size();
        int at = 0;
        for (Talk talk : talks) {
            List<Passage> passages = corpus.passages(talk.id());
            int count = 1 + passages.size();
            List<float[]> ownVectors = vectors.subList(at, at + count);
            hand(new Embedded(talk, passages, ownVectors.get(0), List.copyOf(ownVectors.subList(1, count))));
            at += count;
        }
    }

    private void hand(Object item) {
        try {
            while (!stopped && !ready.offer(item, 100, TimeUnit.MILLISECONDS)) {
                // the writer is behind: wait for room, unless the build was abandoned
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the stage (after the model call in flight) and waits for its thread. */
    @Override
    public void close() {
        stopped = true;
        ready.clear();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
