package org.talkarchive.search;

import java.util.Map;
import java.util.Set;

/**
 * Talks left after filtering, and the drill-sideways counts per dimension: each dimension's counts are taken as if
 * its own filter were off, so a person can widen a choice they made.
 *
 * @param counts dimension field to value to number of talks
 */
public record FacetCounts(Set<String> matching, Map<String, Map<String, Integer>> counts) {
}
