package org.talkarchive.embed;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/**
 * An embedder that loads its model on a background thread, so a server can answer pages and keyword searches while
 * the ONNX sessions start; the first call that needs vectors waits for the load.
 */
public final class BackgroundEmbedder implements Embedder {

    private final String modelName;
    private final CompletableFuture<Embedder> loading;

    public BackgroundEmbedder(String modelName, Supplier<Embedder> loader) {
        this.modelName = modelName;
        this.loading = CompletableFuture.supplyAsync(loader, runnable -> {
            Thread thread = new Thread(runnable, "embedder-load");
            thread.setDaemon(true);
            thread.start();
        });
    }

    /** Starts loading the named model (see {@link Embedders#load}) in the background. */
    public static BackgroundEmbedder load(String modelName) {
        EmbeddingModel.byName(modelName);
        return new BackgroundEmbedder(modelName, () -> Embedders.load(modelName));
    }

    @Override
    public String modelName() {
        return modelName;
    }

    @Override
    public int dimension() {
        return loaded().dimension();
    }

    @Override
    public float[] embedQuery(String query) {
        return loaded().embedQuery(query);
    }

    @Override
    public List<float[]> embedDocuments(List<String> texts) {
        return loaded().embedDocuments(texts);
    }

    private Embedder loaded() {
        try {
            return loading.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading model " + modelName, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("model " + modelName + " failed to load: " + e.getCause().getMessage(),
                    e.getCause());
        }
    }

    @Override
    public void close() {
        loading.thenAccept(Embedder::close);
    }
}
