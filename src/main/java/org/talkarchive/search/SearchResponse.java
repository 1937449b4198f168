package org.talkarchive.search;

import java.util.List;

/**
 * The answer to a {@link SearchRequest}.
 *
 * @param total         matching talks across all pages
 * @param correctedQuery the query as typo-corrected terms were understood, or null when nothing was expanded
 * @param partial        the search hit its time limit and was stopped early: the hits are those found by then
 */
public record SearchResponse(SearchRequest request, long total, List<SearchHit> hits, List<FacetResult> facets,
                             String correctedQuery, long tookMillis, boolean partial) {
}
