package org.talkarchive.search;

/**
 * @param value    the value as used in filters, e.g. "fairness" or "2024"
 * @param name     the archive's own name for the value where its data has one (a topic's label from the taxonomy,
 *                 a dataset's name), else the value; how a front end shows it is the front end's business
 * @param selected whether the request filters on this value
 */
public record FacetValue(String value, String name, int count, boolean selected) {
}
