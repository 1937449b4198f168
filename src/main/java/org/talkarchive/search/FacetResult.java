package org.talkarchive.search;

import java.util.List;

/** Counts for one dimension, computed drill-sideways: as if this dimension's own filter were off. */
public record FacetResult(String dimension, String label, List<FacetValue> values) {
}
