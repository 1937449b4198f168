package org.talkarchive.search;

import java.util.List;

/**
 * Counts for one dimension, computed drill-sideways: as if this dimension's own filter were off.
 *
 * @param dimension the dimension's field name, e.g. "has_video"
 */
public record FacetResult(String dimension, List<FacetValue> values) {
}
