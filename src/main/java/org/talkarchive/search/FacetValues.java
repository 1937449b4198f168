package org.talkarchive.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.talkarchive.index.TalkDocuments;

/** Filter values as the index holds them: names without zero-width characters, seasons without leading zeros. */
final class FacetValues {
    private FacetValues() {
    }

    static Map<String, List<String>> normalise(Map<String, List<String>> filters) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        filters.forEach((dim, values) -> out.put(dim, values.stream()
                .map(v -> "season".equals(dim) ? String.valueOf(number(v)) : TalkDocuments.facetValue(v))
                .distinct().toList()));
        return out;
    }

    /** A season or year value as a number; values the index never holds sort last. */
    static int number(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }
}
