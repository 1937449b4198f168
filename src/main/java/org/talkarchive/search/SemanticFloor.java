package org.talkarchive.search;

import java.util.Map;

/**
 * The similarity the best talk must reach for a query to have semantic matches at all, so that a query about
 * nothing in the archive ("the weather in Copenhagen", a name nobody here has) is not answered with every talk.
 * Each model has its own scale: with bge-small such queries top out at 0.45-0.52 against this corpus, while a
 * paraphrase that shares no word with its talk can top out as low as 0.57 (and off-topic but technical queries
 * reach 0.62, so no floor separates everything: this one only rejects the clearly unrelated). MiniLM's unrelated
 * queries stay under 0.18 and relevant talks reach 0.3-0.5. Read off `search --mode semantic --json` on the
 * bundled corpus; an unknown model gets no floor.
 */
final class SemanticFloor {
    private static final Map<String, Double> BY_MODEL = Map.of(
            "bge-small-en-v1.5-q", 0.53,
            "all-minilm-l6-v2-q", 0.20,
            "all-minilm-l6-v2-q-128", 0.20);

    private SemanticFloor() {
    }

    static double forModel(String model) {
        return BY_MODEL.getOrDefault(model, -1.0);
    }
}
