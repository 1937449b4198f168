package org.talkarchive.embed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The real quantised models, loaded from the classpath. Pinned values were computed once with this class and
 * cross-checked against an independent pipeline (transformers.js 3 feature-extraction on the same ONNX files, with
 * CLS/mean pooling and normalisation): all 16 pinned numbers per model agreed to 1e-6.
 */
class OnnxEmbedderTest {

    private static final double PINNED_TOLERANCE = 1e-4;

    private static final Map<EmbeddingModel, OnnxEmbedder> EMBEDDERS = new EnumMap<>(EmbeddingModel.class);

    @BeforeAll
    static void loadModels() {
        for (EmbeddingModel model : EmbeddingModel.values()) {
            EMBEDDERS.put(model, OnnxEmbedder.load(model, 1, 2));
        }
    }

    @AfterAll
    static void closeModels() {
        EMBEDDERS.values().forEach(OnnxEmbedder::close);
    }

    private static OnnxEmbedder embedder(EmbeddingModel model) {
        return EMBEDDERS.get(model);
    }

    @Test
    void bgePassageVectorIsPinned() {
        float[] vector = embedder(EmbeddingModel.BGE_SMALL_EN_V15_Q)
                .embedDocuments(List.of(AbstractTexts.SHORTCUT_SENTENCE)).get(0);
        assertPinned(new float[] {-0.057870105f, -0.015860595f, 0.013578866f, 0.03406538f, 0.0035142396f,
                -0.0137145575f, 0.04366245f, 0.032994326f}, vector);
    }

    @Test
    void bgeQueryVectorIsPinnedWithTheQueryInstruction() {
        float[] vector = embedder(EmbeddingModel.BGE_SMALL_EN_V15_Q)
                .embedQuery("bias against darker skin in dermatology AI");
        assertPinned(new float[] {-0.040811155f, 0.012313185f, -0.02640066f, 0.0895293f, 0.08167959f,
                -0.0036559466f, 0.04784362f, 0.02896281f}, vector);
    }

    @Test
    void minilmPassageVectorIsPinned() {
        float[] vector = embedder(EmbeddingModel.ALL_MINILM_L6_V2_Q)
                .embedDocuments(List.of(AbstractTexts.SHORTCUT_SENTENCE)).get(0);
        assertPinned(new float[] {-0.05812566f, -0.072998375f, 0.022761762f, 0.027866738f, 0.011100144f,
                -0.0126566645f, -0.0065368116f, -0.025888298f}, vector);
    }

    @Test
    void minilmQueryVectorIsPinned() {
        float[] vector = embedder(EmbeddingModel.ALL_MINILM_L6_V2_Q)
                .embedQuery("bias against darker skin in dermatology AI");
        assertPinned(new float[] {0.021658985f, 0.076158084f, 0.02133709f, 0.050433192f, 0.07193224f,
                -0.04303004f, 0.08493051f, 0.053423587f}, vector);
    }

    @Test
    void bgeQueriesCarryTheInstructionButPassagesDoNot() {
        OnnxEmbedder bge = embedder(EmbeddingModel.BGE_SMALL_EN_V15_Q);
        String text = "annotator disagreement in skin lesion segmentation";
        float[] asQuery = bge.embedQuery(text);
        float[] asPassage = bge.embedDocuments(List.of(text)).get(0);
        float[] passageWithInstruction = bge.embedDocuments(List.of(
                "Represent this sentence for searching relevant passages: " + text)).get(0);
        assertTrue(dot(asQuery, asPassage) < 0.99, "query and passage vectors should differ");
        assertArrayEquals(passageWithInstruction, asQuery, 1e-5f);
    }

    @Test
    void minilmEmbedsQueriesAndPassagesAlike() {
        OnnxEmbedder minilm = embedder(EmbeddingModel.ALL_MINILM_L6_V2_Q);
        String text = "annotator disagreement in skin lesion segmentation";
        assertArrayEquals(minilm.embedDocuments(List.of(text)).get(0), minilm.embedQuery(text), 1e-5f);
    }

    @ParameterizedTest
    @EnumSource(EmbeddingModel.class)
    void paraphrasesAreCloserThanUnrelatedSentences(EmbeddingModel model) {
        List<float[]> vectors = embedder(model).embedDocuments(List.of(
                "Different annotators often draw different boundaries around the same skin lesion.",
                "Experts disagree about where the edge of a skin lesion lies when they outline it.",
                "Checklists can be learned from binary input features by solving an integer program."));
        double paraphrase = dot(vectors.get(0), vectors.get(1));
        double unrelated = dot(vectors.get(0), vectors.get(2));
        assertTrue(paraphrase > unrelated + 0.1,
                model.modelName() + ": paraphrase " + paraphrase + " vs unrelated " + unrelated);
    }

    @ParameterizedTest
    @EnumSource(EmbeddingModel.class)
    void fairnessQueryIsCloserToFairnessAbstractThanToSegmentationAbstract(EmbeddingModel model) {
        OnnxEmbedder embedder = embedder(model);
        float[] query = embedder.embedQuery("bias against darker skin in dermatology AI");
        // s01e01: "Challenges with equipoise and fairness in AI/ML datasets in dermatology";
        // s02e01: "The medical segmentation decathlon".
        List<float[]> abstracts = embedder.embedDocuments(
                List.of(AbstractTexts.abstractOf("s01e01"), AbstractTexts.abstractOf("s02e01")));
        double fairness = dot(query, abstracts.get(0));
        double segmentation = dot(query, abstracts.get(1));
        assertTrue(fairness > segmentation,
                model.modelName() + ": fairness " + fairness + " vs segmentation " + segmentation);
    }

    @ParameterizedTest
    @EnumSource(EmbeddingModel.class)
    void listAndSingleEmbeddingGiveTheSameVectorInInputOrder(EmbeddingModel model) {
        OnnxEmbedder embedder = embedder(model);
        // Texts of very different lengths: batched with padding, the int8 models would give each a different vector.
        List<String> texts = new ArrayList<>();
        String[] words = AbstractTexts.DATA_LEAKAGE.split(" ");
        for (int i = 0; i < 20; i++) {
            int length = 1 + (i * 7919) % words.length;
            texts.add(String.join(" ", List.of(words).subList(0, length)));
        }
        List<float[]> batch = embedder.embedDocuments(texts);
        assertEquals(texts.size(), batch.size());
        for (int i = 0; i < texts.size(); i++) {
            float[] single = embedder.embedDocuments(List.of(texts.get(i))).get(0);
            assertArrayEquals(single, batch.get(i), 1e-5f, model.modelName() + " text " + i);
        }
    }

    @ParameterizedTest
    @EnumSource(EmbeddingModel.class)
    void textLongerThanTheModelLimitIsTruncatedNotRejected(EmbeddingModel model) {
        OnnxEmbedder embedder = embedder(model);
        // About 190 word pieces per copy: three copies pass both limits (256 and 512 tokens).
        String longText = (AbstractTexts.DATA_LEAKAGE + " ").repeat(3);
        String longerText = longText + AbstractTexts.SHORTCUT_SENTENCE;
        List<float[]> vectors = embedder.embedDocuments(List.of(longText, longerText));
        assertEquals(1.0, norm(vectors.get(0)), 1e-5);
        // What lies past the limit is cut off, so it cannot change the vector.
        assertArrayEquals(vectors.get(0), vectors.get(1), 1e-5f);
    }

    @Test
    void minilmReadsPastTheShippedTokenizerLimitOf128Tokens() {
        // The tokenizer.json in the MiniLM jar truncates at 128; the model card says 256.
        List<float[]> vectors = textsDifferingAfter150Tokens(embedder(EmbeddingModel.ALL_MINILM_L6_V2_Q));
        assertTrue(dot(vectors.get(0), vectors.get(1)) < 0.9999, "tokens after 128 must reach the model");
    }

    @Test
    void minilm128StopsReadingAt128Tokens() {
        // The fast variant embeds a long passage by its first 128 word pieces: what follows cannot change it.
        List<float[]> vectors = textsDifferingAfter150Tokens(embedder(EmbeddingModel.ALL_MINILM_L6_V2_Q_128));
        assertArrayEquals(vectors.get(0), vectors.get(1), 1e-5f);
    }

    /** Two texts alike for their first ~150 word pieces, then different. */
    private static List<float[]> textsDifferingAfter150Tokens(OnnxEmbedder embedder) {
        String about150Tokens = String.join(" ", List.of(AbstractTexts.DATA_LEAKAGE.split(" ")).subList(0, 120));
        return embedder.embedDocuments(List.of(
                about150Tokens + " The dataset holds chest radiographs.",
                about150Tokens + " The dataset holds dermoscopic images."));
    }

    @Test
    void concurrentQueriesGiveTheSameVectorsAsSequentialOnes() throws Exception {
        OnnxEmbedder bge = embedder(EmbeddingModel.BGE_SMALL_EN_V15_Q);
        List<String> queries = List.of("fairness dermatology", "shortcut learning chest x-ray",
                "annotator variability", "brain tumor segmentation challenge", "data leakage MRI",
                "multimodal electronic health records", "skin lesion dataset smartphone", "calibration");
        List<float[]> sequential = queries.stream().map(bge::embedQuery).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<float[]>> futures = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (String query : queries) {
                    futures.add(pool.submit(() -> bge.embedQuery(query)));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertArrayEquals(sequential.get(i % queries.size()), futures.get(i).get(), 1e-5f);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void emptyListGivesNoVectors() {
        assertEquals(List.of(), embedder(EmbeddingModel.ALL_MINILM_L6_V2_Q).embedDocuments(List.of()));
    }

    @Test
    void nullTextIsRejectedWithItsPosition() {
        List<String> texts = new ArrayList<>(List.of("a", "b"));
        texts.add(null);
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> embedder(EmbeddingModel.ALL_MINILM_L6_V2_Q).embedDocuments(texts));
        assertEquals("texts[2] is null", error.getMessage());
    }

    @Test
    void closedEmbedderRefusesWork() {
        OnnxEmbedder minilm = OnnxEmbedder.load(EmbeddingModel.ALL_MINILM_L6_V2_Q, 1, 1);
        minilm.close();
        IllegalStateException error = assertThrows(IllegalStateException.class, () -> minilm.embedQuery("x"));
        assertEquals("embedder all-minilm-l6-v2-q is closed", error.getMessage());
    }

    @Test
    void djlRunsInOfflineModeOnceAModelIsLoaded() {
        assertEquals("true", System.getProperty(DjlOfflineMode.OFFLINE_PROPERTY));
        assertTrue(ai.djl.util.Utils.isOfflineMode(), "DJL must not reach the network");
    }

    private static void assertPinned(float[] expectedFirstEight, float[] actual) {
        assertEquals(384, actual.length);
        for (int i = 0; i < expectedFirstEight.length; i++) {
            assertEquals(expectedFirstEight[i], actual[i], PINNED_TOLERANCE, "dimension " + i);
        }
        assertEquals(1.0, norm(actual), PINNED_TOLERANCE);
    }

    static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += (double) a[i] * b[i];
        }
        return sum;
    }

    static double norm(float[] a) {
        return Math.sqrt(dot(a, a));
    }
}
