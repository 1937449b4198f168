package org.talkarchive.search.eval;

import java.util.Objects;

/** One retrieved document of a ranked list and the score the engine gave it. */
public record ScoredDoc(String docId, double score) {
    public ScoredDoc {
        Objects.requireNonNull(docId, "docId");
        if (docId.isBlank() || docId.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("not a valid document id for a run: '" + docId + "'");
        }
    }
}
