package org.talkarchive.search;

import java.util.Locale;

/** Result order: by relevance (default for a query) or newest first (default when browsing). */
public enum SortOrder {
    RELEVANCE, DATE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SortOrder parse(String value) {
        for (SortOrder s : values()) {
            if (s.label().equals(value)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown sort: " + value + " (use relevance or date)");
    }
}
