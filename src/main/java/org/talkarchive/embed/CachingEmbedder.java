package org.talkarchive.embed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Embeds documents through an {@link EmbeddingCache}: cached texts are read back, the others are embedded and
 * written to the cache as soon as their call returns, so work finished before a failure or a kill is kept. Queries
 * are not cached (they are short, and a server embeds them without an index folder to write to).
 * Closing it closes the cache, not the embedder it wraps (the caller owns that).
 */
public final class CachingEmbedder implements Embedder {
    private final Embedder delegate;
    private final EmbeddingCache cache;
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();

    public CachingEmbedder(Embedder delegate, EmbeddingCache cache) {
        this.delegate = delegate;
        this.cache = cache;
    }

    @Override
    public String modelName() {
        return delegate.modelName();
    }

    @Override
    public int dimension() {
        return delegate.dimension();
    }

    @Override
    public float[] embedQuery(String query) {
        return delegate.embedQuery(query);
    }

    @Override
    public List<float[]> embedDocuments(List<String> texts) {
        float[][] vectors = new float[texts.size()][];
        List<String> missing = new ArrayList<>();
        List<Integer> missingAt = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            Optional<float[]> cached = cache.get(texts.get(i));
            if (cached.isPresent()) {
                vectors[i] = cached.get();
            } else {
                missing.add(texts.get(i));
                missingAt.add(i);
            }
        }
        hits.addAndGet(texts.size() - missing.size());
        if (!missing.isEmpty()) {
            List<float[]> embedded = delegate.embedDocuments(missing);
            for (int j = 0; j < missing.size(); j++) {
                cache.put(missing.get(j), embedded.get(j));
                vectors[missingAt.get(j)] = embedded.get(j);
            }
            misses.addAndGet(missing.size());
        }
        return List.of(vectors);
    }

    /** Texts served from the cache so far. */
    public long hits() {
        return hits.get();
    }

    /** Texts the model embedded so far. */
    public long misses() {
        return misses.get();
    }

    public EmbeddingCache cache() {
        return cache;
    }

    @Override
    public void close() {
        try {
            cache.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close embedding cache " + cache.file(), e);
        }
    }
}
