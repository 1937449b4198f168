package org.talkarchive.search.eval;

import java.util.Objects;

/**
 * One query of a judged set: its id (as used in the qrels), the text a user would type, and its kind
 * ("keyword", "paraphrase", "typo", ...) so results can be split by the kind of need.
 */
public record JudgedQuery(String id, String text, String kind) {
    public JudgedQuery {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        if (id.isBlank() || id.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("not a valid query id: '" + id + "'");
        }
        if (text.isBlank()) {
            throw new IllegalArgumentException("query " + id + " has no text");
        }
    }
}
