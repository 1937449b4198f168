package org.talkarchive.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class HashingEmbedderTest {

    private final HashingEmbedder embedder = new HashingEmbedder();

    @Test
    void sameTextGivesTheSameUnitVectorForQueriesAndDocuments() {
        float[] query = embedder.embedQuery("Fairness in dermatology");
        float[] document = embedder.embedDocuments(List.of("Fairness in dermatology")).get(0);
        assertArrayEquals(query, document);
        assertEquals(HashingEmbedder.DIMENSION, query.length);
        assertEquals(1.0, Math.sqrt(dot(query, query)), 1e-6);
    }

    @Test
    void sharedWordsScoreHigherThanUnrelatedText() {
        float[] query = embedder.embedQuery("skin lesion segmentation");
        float[] related = embedder.embed("Annotator disagreement in skin lesion segmentation masks");
        float[] unrelated = embedder.embed("Race bias in cardiac magnetic resonance imaging");
        assertTrue(dot(query, related) > 0.4, "related " + dot(query, related));
        assertTrue(dot(query, related) > dot(query, unrelated) + 0.3);
    }

    @Test
    void foldsCaseZeroWidthSpacesAndLookAlikeLetters() {
        // A zero-width space after the name and a Greek capital Eta in "Ηer", as in the real site text.
        assertArrayEquals(embedder.embed("Jiménez-Sánchez her research"),
                embedder.embed("JIMÉNEZ-SÁNCHEZ\u200B Ηer research"), 1e-6f);
    }

    @Test
    void textWithoutWordsStillGetsAUnitVector() {
        float[] vector = embedder.embed(" — ");
        assertEquals(1.0f, vector[0]);
        assertEquals(1.0, Math.sqrt(dot(vector, vector)), 1e-6);
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += (double) a[i] * b[i];
        }
        return sum;
    }
}
