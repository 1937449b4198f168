package org.talkarchive.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.talkarchive.testing.HashingEmbedder;

class TopicInferenceTest {

    /** Regression: an empty taxonomy threw IndexOutOfBoundsException after every embedding had been computed. */
    @Test
    void emptyTaxonomyInfersNothing() {
        HashingEmbedder embedder = new HashingEmbedder();
        TopicInference inference = new TopicInference(List.of(), embedder);
        float[] vector = embedder.embedDocuments(List.of("A talk about skin images")).getFirst();
        assertEquals(List.of(), inference.infer("A talk", "about skin images", vector));
    }
}
