package org.talkarchive.embed;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The sentence-embedding models this archive can use. Model files are read from the classpath (langchain4j's
 * embedding jars ship the quantised ONNX model and its tokenizer at the jar root). Pooling, query prefix and length
 * limit follow each model's card.
 */
public enum EmbeddingModel {

    /**
     * BAAI/bge-small-en-v1.5 (int8 ONNX export by Xenova). CLS pooling; for retrieval the authors prepend an
     * instruction to short queries, not to passages. Position embeddings cover 512 tokens.
     */
    BGE_SMALL_EN_V15_Q("bge-small-en-v1.5-q", "bge-small-en-v1.5-q.onnx", "bge-small-en-v1.5-q-tokenizer.json",
            Pooling.CLS, "Represent this sentence for searching relevant passages: ", 512, 384),

    /**
     * sentence-transformers/all-MiniLM-L6-v2 (int8 ONNX export by Xenova). Mean pooling over real tokens, no prefix.
     * The model card truncates input at 256 word pieces (the shipped tokenizer.json says 128; we override it).
     */
    ALL_MINILM_L6_V2_Q("all-minilm-l6-v2-q", "all-minilm-l6-v2-q.onnx", "all-minilm-l6-v2-q-tokenizer.json",
            Pooling.MEAN, "", 256, 384),

    /**
     * The same MiniLM reading at most 128 word pieces, the length its authors trained it on: a long passage is
     * embedded by its first minute or so (keyword search still reads all of it), about twice as fast. Chosen for very
     * large transcript archives by measurement (docs/benchmarks.md, "The 1,000 hours of WWDC").
     */
    ALL_MINILM_L6_V2_Q_128("all-minilm-l6-v2-q-128", "all-minilm-l6-v2-q.onnx", "all-minilm-l6-v2-q-tokenizer.json",
            Pooling.MEAN, "", 128, 384);

    private final String modelName;
    private final String onnxResource;
    private final String tokenizerResource;
    private final Pooling pooling;
    private final String queryPrefix;
    private final int maxTokens;
    private final int dimension;

    EmbeddingModel(String modelName, String onnxResource, String tokenizerResource, Pooling pooling,
                   String queryPrefix, int maxTokens, int dimension) {
        this.modelName = modelName;
        this.onnxResource = onnxResource;
        this.tokenizerResource = tokenizerResource;
        this.pooling = pooling;
        this.queryPrefix = queryPrefix;
        this.maxTokens = maxTokens;
        this.dimension = dimension;
    }

    /** Finds a model by its name (case-insensitive); the error lists the valid names. */
    public static EmbeddingModel byName(String name) {
        if (name != null) {
            String wanted = name.trim().toLowerCase(Locale.ROOT);
            for (EmbeddingModel model : values()) {
                if (model.modelName.equals(wanted)) {
                    return model;
                }
            }
        }
        throw new IllegalArgumentException("unknown embedding model '" + name + "'; valid names: " + validNames());
    }

    /** The valid model names, comma-separated, for help texts and errors. */
    public static String validNames() {
        return Arrays.stream(values()).map(EmbeddingModel::modelName).collect(Collectors.joining(", "));
    }

    /** The name stored in the index. */
    public String modelName() {
        return modelName;
    }

    /** Classpath resource (jar root) of the ONNX model. */
    public String onnxResource() {
        return onnxResource;
    }

    /** Classpath resource (jar root) of the Hugging Face tokenizer.json. */
    public String tokenizerResource() {
        return tokenizerResource;
    }

    public Pooling pooling() {
        return pooling;
    }

    /** Text put before a query (never before a passage); empty if the model wants none. */
    public String queryPrefix() {
        return queryPrefix;
    }

    /** Longest input in word pieces, [CLS] and [SEP] included; longer text is truncated. */
    public int maxTokens() {
        return maxTokens;
    }

    public int dimension() {
        return dimension;
    }
}
