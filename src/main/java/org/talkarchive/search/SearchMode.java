package org.talkarchive.search;

import java.util.Locale;

/** How a query is matched: words (BM25), meaning (embeddings), or both fused. */
public enum SearchMode {
    HYBRID, KEYWORD, SEMANTIC;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses "hybrid", "keyword" or "semantic"; throws IllegalArgumentException naming the value otherwise. */
    public static SearchMode parse(String value) {
        for (SearchMode m : values()) {
            if (m.label().equals(value)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown mode: " + value + " (use hybrid, keyword or semantic)");
    }
}
