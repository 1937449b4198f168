package org.talkarchive.search;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Talks left after filtering, and the drill-sideways counts per dimension: each dimension's counts are taken as if
 * its own filter were off, so a person can widen a choice they made.
 *
 * @param counts      dimension field to value to number of talks; a limited dimension (see
 *                    {@link SearchEngine#facets}) holds only its largest counts and its selected values
 * @param valueCounts dimension field to how many of its values have a count at all (what {@code counts} would hold
 *                    unlimited, selected values aside)
 */
public record FacetCounts(Set<String> matching, Map<String, Map<String, Integer>> counts,
                          Map<String, Integer> valueCounts) {

    /** Most talks first; between equal counts the value first in code point order (Lucene's term order). */
    public static final Comparator<Map.Entry<String, Integer>> LARGEST_FIRST =
            Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue).reversed()
                    .thenComparing(Map.Entry::getKey, FacetCounts::compareCodePoints);

    /** Counts of every value: each dimension's value count is its number of values. */
    public FacetCounts(Set<String> matching, Map<String, Map<String, Integer>> counts) {
        this(matching, counts, sizes(counts));
    }

    private static Map<String, Integer> sizes(Map<String, Map<String, Integer>> counts) {
        Map<String, Integer> out = new LinkedHashMap<>();
        counts.forEach((dim, values) -> out.put(dim, values.size()));
        return out;
    }

    /**
     * What a limited dimension keeps of its full counts: the {@code limit} largest ({@link #LARGEST_FIRST}), then
     * any selected value further down, so a selection can always be seen and undone. For an engine that can only
     * count every value.
     */
    public static Map<String, Integer> top(Map<String, Integer> all, int limit, List<String> selected) {
        if (all.size() <= limit) {
            return all;
        }
        Map<String, Integer> out = new LinkedHashMap<>();
        all.entrySet().stream().sorted(LARGEST_FIRST).limit(limit).forEach(e -> out.put(e.getKey(), e.getValue()));
        for (String value : selected) {
            Integer count = all.get(value);
            if (count != null) {
                out.putIfAbsent(value, count);
            }
        }
        return out;
    }

    /** Strings in code point order (UTF-8 byte order, as Lucene and Solr order terms), not UTF-16 unit order. */
    static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
