package org.talkarchive.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class EmbeddersTest {

    @Test
    void unknownModelNameIsAnErrorListingTheValidNames() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> Embedders.load("bge-large"));
        assertEquals("unknown embedding model 'bge-large'; valid names: bge-small-en-v1.5-q, all-minilm-l6-v2-q, "
                + "all-minilm-l6-v2-q-128",
                error.getMessage());
    }

    @Test
    void modelNamesAreMatchedIgnoringCaseAndSurroundingSpace() {
        assertEquals(EmbeddingModel.BGE_SMALL_EN_V15_Q, EmbeddingModel.byName(" BGE-small-en-v1.5-q "));
        assertEquals(EmbeddingModel.ALL_MINILM_L6_V2_Q, EmbeddingModel.byName("all-minilm-l6-v2-q"));
    }

    @Test
    void loadedEmbedderCarriesTheModelNameAndDimension() {
        try (Embedder embedder = Embedders.load("all-minilm-l6-v2-q")) {
            assertEquals("all-minilm-l6-v2-q", embedder.modelName());
            assertEquals(384, embedder.dimension());
            assertEquals(384, embedder.embedQuery("fairness").length);
        }
    }
}
