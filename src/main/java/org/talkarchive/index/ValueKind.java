package org.talkarchive.index;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.talkarchive.corpus.TextNormalizer;

/** What the values of a facet dimension look like: how they are checked and normalised. */
enum ValueKind {
    /** Names and ids: any short text; normalised as the index normalises text (zero-width characters dropped). */
    TEXT(null, List.of(), "1-200 characters"),
    /** A season number; "04" is season 4. */
    SEASON("\\d{1,4}", List.of(), "a season number"),
    YEAR("\\d{4}", List.of(), "a year, e.g. 2024"),
    STATUS(null, List.of("past", "upcoming"), "past or upcoming"),
    FLAG(null, List.of("yes", "no"), "yes or no");

    static final int MAX_TEXT = FacetDimension.MAX_TEXT;

    private final Pattern pattern;
    private final List<String> allowed;
    private final String expected;

    ValueKind(String pattern, List<String> allowed, String expected) {
        this.pattern = pattern == null ? null : Pattern.compile(pattern);
        this.allowed = allowed;
        this.expected = expected;
    }

    boolean accepts(String value) {
        if (pattern != null) {
            return pattern.matcher(value).matches();
        }
        if (!allowed.isEmpty()) {
            return allowed.contains(value);
        }
        return !value.isBlank() && value.length() <= MAX_TEXT;
    }

    String normalise(String value) {
        if (this == SEASON && pattern.matcher(value).matches()) {
            return String.valueOf(Integer.parseInt(value));
        }
        return TextNormalizer.forIndex(value);
    }

    String expected() {
        return expected;
    }

    List<String> allowed() {
        return allowed;
    }

    Optional<String> pattern() {
        return Optional.ofNullable(pattern).map(Pattern::pattern);
    }
}
