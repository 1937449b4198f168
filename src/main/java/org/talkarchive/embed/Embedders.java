package org.talkarchive.embed;

/** Loads the embedder named in the settings (and stored in the index). */
public final class Embedders {

    static {
        DjlOfflineMode.enable();
    }

    /** ONNX Runtime threads per model call; two measured about 2x faster than one on a 2-core machine. */
    public static final int DEFAULT_INTRA_OP_THREADS = Math.min(2, Runtime.getRuntime().availableProcessors());

    /** Model calls that may run at once (concurrent web queries). */
    public static final int DEFAULT_PREDICTORS = 2;

    private Embedders() {
    }

    /**
     * The embedder for a model name such as {@code bge-small-en-v1.5-q}; an unknown name is an
     * {@link IllegalArgumentException} listing the valid names.
     */
    public static Embedder load(String modelName) {
        return OnnxEmbedder.load(EmbeddingModel.byName(modelName), DEFAULT_INTRA_OP_THREADS, DEFAULT_PREDICTORS);
    }
}
