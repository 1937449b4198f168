package org.talkarchive.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.talkarchive.search.FacetValue;

/**
 * How many values of each facet dimension a search answer lists ({@code facet_limit}). At 20,000 talks the speaker
 * dimension alone has tens of thousands of values (1.3 MB of JSON per search); a client wants the top few.
 *
 * @param value values listed per dimension, in the dimension's order; selected values are listed wherever they stand
 */
record FacetLimit(int value) {

    static final String PARAMETER = "facet_limit";
    static final int DEFAULT = 20;
    static final int MAX = 1000;

    static FacetLimit parse(Map<String, List<String>> params) {
        return new FacetLimit(SearchParams.parseInt(params, PARAMETER, DEFAULT, 1, MAX, "bad_facet_limit"));
    }

    boolean isDefault() {
        return value == DEFAULT;
    }

    /** The first {@link #value} values, then any selected value further down, so a selection can always be undone. */
    List<FacetValue> apply(List<FacetValue> values) {
        if (values.size() <= value) {
            return values;
        }
        List<FacetValue> out = new ArrayList<>(values.subList(0, value));
        values.subList(value, values.size()).stream().filter(FacetValue::selected).forEach(out::add);
        return out;
    }

    /** A larger limit for a "show more" link; null when this one is already the largest. */
    FacetLimit next() {
        return value >= MAX ? null : new FacetLimit(Math.min(MAX, value * 5));
    }
}
