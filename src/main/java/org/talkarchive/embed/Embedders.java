package org.talkarchive.embed;

/** Loads the embedder named in the settings (and stored in the index). */
public final class Embedders {

    static {
        DjlOfflineMode.enable();
    }

    /**
     * ONNX Runtime threads per model call. One thread per call with one call per core beat two threads per call
     * (EmbedderBenchmark on 2 idle cores: bge 111 vs 93 passages/s, MiniLM 225 vs 187), and by far when other processes
     * share the cores, since ONNX Runtime's extra threads then wait on each other.
     */
    public static final int DEFAULT_INTRA_OP_THREADS = 1;

    /** Model calls that may run at once: one per core, for concurrent queries and for spreading a list of texts. */
    public static final int DEFAULT_PREDICTORS = Math.max(1, Runtime.getRuntime().availableProcessors());

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
