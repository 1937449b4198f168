package org.talkarchive.embed;

import ai.djl.Device;
import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.inference.Predictor;
import ai.djl.translate.TranslateException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Embeds text with a quantised sentence-transformer run by DJL on ONNX Runtime, fully offline: the model and its
 * tokenizer are read from the classpath into memory, nothing is downloaded and nothing is written beside the native
 * libraries DJL and ONNX Runtime unpack.
 *
 * <p>Each text is one model call (see {@link SentenceEmbeddingTranslator} for why batches would change vectors).
 * Thread-safe: a small pool of predictors (DJL predictors are not thread-safe) shares one ONNX Runtime session, so
 * concurrent queries from web requests run side by side, and {@link #embedDocuments} spreads a list over all of them.
 */
public final class OnnxEmbedder implements Embedder {

    static {
        // Before any DJL class initialises.
        DjlOfflineMode.enable();
    }

    private static final String ENGINE = "OnnxRuntime";
    /**
     * ONNX Runtime's graph optimisation level. Its default (all, with layout transformations) embedded WWDC passages
     * 3-8 % more slowly than "extended" in each of six paired runs, for both models (docs/benchmarks.md, "ONNX Runtime
     * session options").
     */
    static final String GRAPH_OPTIMISATION = "EXTENDED_OPT";

    private final EmbeddingModel model;
    private final HuggingFaceTokenizer tokenizer;
    private final Model onnxModel;
    private final BlockingQueue<Predictor<String, float[]>> predictors;
    private final List<Predictor<String, float[]>> allPredictors;
    /** Threads that run a list's texts on the other predictors; idle ones end after a minute. */
    private final ExecutorService helperThreads;
    private volatile boolean closed;

    private OnnxEmbedder(EmbeddingModel model, HuggingFaceTokenizer tokenizer, Model onnxModel, int predictorCount) {
        this.model = model;
        this.tokenizer = tokenizer;
        this.onnxModel = onnxModel;
        SentenceEmbeddingTranslator translator = new SentenceEmbeddingTranslator(tokenizer, model);
        this.allPredictors = new ArrayList<>(predictorCount);
        this.predictors = new ArrayBlockingQueue<>(predictorCount);
        this.helperThreads = Executors.newCachedThreadPool(Thread.ofPlatform().daemon()
                .name("embedder-" + model.modelName() + "-", 1).factory());
        for (int i = 0; i < predictorCount; i++) {
            Predictor<String, float[]> predictor = onnxModel.newPredictor(translator);
            allPredictors.add(predictor);
            predictors.add(predictor);
        }
    }

    /**
     * Loads a model from the classpath.
     *
     * @param intraOpThreads ONNX Runtime threads per model call (it uses one unless told)
     * @param predictorCount how many model calls may run at the same time; a list of texts is spread over them
     */
    public static OnnxEmbedder load(EmbeddingModel model, int intraOpThreads, int predictorCount) {
        return load(model, intraOpThreads, predictorCount, Map.of("optLevel", GRAPH_OPTIMISATION));
    }

    /**
     * The same with further ONNX Runtime session options as DJL names them ("optLevel" -> "BASIC_OPT",
     * "sessionOptions" -> an {@code OrtSession.SessionOptions}), for {@link EmbedderBenchmark} to measure them.
     */
    static OnnxEmbedder load(EmbeddingModel model, int intraOpThreads, int predictorCount,
                             Map<String, ?> sessionOptions) {
        Objects.requireNonNull(model, "model");
        if (intraOpThreads < 1) {
            throw new IllegalArgumentException("intraOpThreads must be at least 1, was " + intraOpThreads);
        }
        if (predictorCount < 1) {
            throw new IllegalArgumentException("predictorCount must be at least 1, was " + predictorCount);
        }
        HuggingFaceTokenizer tokenizer = loadTokenizer(model);
        Model onnxModel = Model.newInstance(model.modelName(), Device.cpu(), ENGINE);
        try {
            Map<String, Object> options = new HashMap<>(sessionOptions);
            options.put("intraOpNumThreads", String.valueOf(intraOpThreads));
            Optional<Path> file = ModelFile.of(model.onnxResource());
            if (file.isPresent()) {
                onnxModel.load(file.get().getParent(), ModelFile.prefix(file.get()), options);
            } else {
                try (InputStream in = resource(model.onnxResource())) {
                    onnxModel.load(in, options);
                }
            }
            return new OnnxEmbedder(model, tokenizer, onnxModel, predictorCount);
        } catch (IOException | MalformedModelException | RuntimeException e) {
            onnxModel.close();
            tokenizer.close();
            throw new IllegalStateException("cannot load embedding model " + model.modelName()
                    + " from classpath resource " + model.onnxResource() + ": " + e.getMessage(), e);
        }
    }

    /**
     * The shipped tokenizer.json may fix its own truncation and padding (MiniLM's truncates at 128 and pads to 128):
     * we truncate at the model card's limit and never pad, since padding would change a quantised model's output.
     */
    private static HuggingFaceTokenizer loadTokenizer(EmbeddingModel model) {
        Map<String, String> options = Map.of(
                "truncation", "true",
                "maxLength", String.valueOf(model.maxTokens()),
                "padding", "false",
                "addSpecialTokens", "true");
        try (InputStream in = resource(model.tokenizerResource())) {
            return HuggingFaceTokenizer.newInstance(in, options);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read tokenizer " + model.tokenizerResource() + ": "
                    + e.getMessage(), e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = OnnxEmbedder.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("classpath resource " + name + " not found; the langchain4j embeddings "
                    + "jar that ships it must be on the classpath (see pom.xml)");
        }
        return in;
    }

    @Override
    public String modelName() {
        return model.modelName();
    }

    @Override
    public int dimension() {
        return model.dimension();
    }

    public EmbeddingModel model() {
        return model;
    }

    /** Embeds a search query, with the model's query instruction if it has one. */
    @Override
    public float[] embedQuery(String query) {
        Objects.requireNonNull(query, "query");
        return run(model.queryPrefix() + query);
    }

    /**
     * Embeds passages (abstracts, bios, transcript passages); the result keeps the order of {@code texts}. Texts are
     * spread over the predictors, so a list is embedded on as many cores as there are predictors.
     */
    @Override
    public List<float[]> embedDocuments(List<String> texts) {
        Objects.requireNonNull(texts, "texts");
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i) == null) {
                throw new IllegalArgumentException("texts[" + i + "] is null");
            }
        }
        float[][] vectors = new float[texts.size()][];
        AtomicInteger next = new AtomicInteger();
        Runnable worker = () -> {
            try {
                for (int i = next.getAndIncrement(); i < texts.size(); i = next.getAndIncrement()) {
                    vectors[i] = run(texts.get(i));
                }
            } catch (RuntimeException e) {
                next.set(texts.size()); // stop the other workers early
                throw e;
            }
        };
        List<Future<?>> helpers = new ArrayList<>();
        for (int h = 1; h < Math.min(allPredictors.size(), texts.size()); h++) {
            helpers.add(helperThreads.submit(worker));
        }
        RuntimeException failure = null;
        try {
            worker.run();
        } catch (RuntimeException e) {
            failure = e;
        }
        for (Future<?> helper : helpers) {
            try {
                helper.get();
            } catch (ExecutionException e) {
                if (failure == null) {
                    failure = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while embedding", e);
            }
        }
        if (failure != null) {
            throw failure;
        }
        return Arrays.asList(vectors);
    }

    private float[] run(String text) {
        Predictor<String, float[]> predictor = acquirePredictor();
        try {
            return predictor.predict(text);
        } catch (TranslateException e) {
            throw new IllegalStateException("embedding with " + model.modelName() + " failed: " + e.getMessage(), e);
        } finally {
            predictors.add(predictor);
        }
    }

    private Predictor<String, float[]> acquirePredictor() {
        try {
            while (true) {
                if (closed) {
                    throw new IllegalStateException("embedder " + model.modelName() + " is closed");
                }
                Predictor<String, float[]> predictor = predictors.poll(100, TimeUnit.MILLISECONDS);
                if (predictor != null) {
                    return predictor;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the embedding model", e);
        }
    }

    /** Waits for model calls in flight to finish, then frees the native session and tokenizer. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        helperThreads.shutdown();
        try {
            for (int i = 0; i < allPredictors.size(); i++) {
                predictors.take();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        allPredictors.forEach(Predictor::close);
        onnxModel.close();
        tokenizer.close();
    }
}
