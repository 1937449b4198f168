package org.talkarchive.testing;

import java.util.List;
import org.talkarchive.embed.Embedder;

/**
 * An embedder that passes every call to another one, optionally under another model name (as if the archive had
 * switched models). Tests subclass it to record or break calls.
 */
public class DelegatingEmbedder implements Embedder {
    private final Embedder delegate;
    private final String modelName;

    public DelegatingEmbedder(Embedder delegate) {
        this(delegate, delegate.modelName());
    }

    public DelegatingEmbedder(Embedder delegate, String modelName) {
        this.delegate = delegate;
        this.modelName = modelName;
    }

    @Override
    public String modelName() {
        return modelName;
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
        return delegate.embedDocuments(texts);
    }

    @Override
    public void close() {
        delegate.close();
    }
}
