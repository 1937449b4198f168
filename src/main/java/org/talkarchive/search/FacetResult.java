package org.talkarchive.search;

import java.util.List;

/**
 * Counts for one dimension, computed drill-sideways: as if this dimension's own filter were off.
 *
 * @param dimension  the dimension's field name, e.g. "has_video"
 * @param values     in the dimension's order; when the search limited the dimension, its largest counts and its
 *                   selected values only
 * @param valueCount how many values the dimension has for this search in all (selected ones included)
 */
public record FacetResult(String dimension, List<FacetValue> values, int valueCount) {

    /** A dimension listing every value. */
    public FacetResult(String dimension, List<FacetValue> values) {
        this(dimension, values, values.size());
    }
}
