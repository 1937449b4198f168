package org.talkarchive.search;

/**
 * @param value    the value as used in filters and URLs, e.g. "fairness" or "2024"
 * @param label    what people read, e.g. "Fairness & bias"
 * @param selected whether the request filters on this value
 */
public record FacetValue(String value, String label, int count, boolean selected) {
}
