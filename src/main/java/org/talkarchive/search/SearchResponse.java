package org.talkarchive.search;

import java.util.List;

/**
 * The answer to a {@link SearchRequest}.
 *
 * @param total         matching talks across all pages
 * @param correctedQuery the query as typo-corrected terms were understood, or null when nothing was expanded
 * @param suggestedQuery a spelling offered but not searched ("did you mean"): the query as typed found enough, or
 *                       the unknown word looks like a name, acronym or code; null when there is none
 * @param partial        the search hit its time limit and was stopped early: the hits are those found by then
 */
public record SearchResponse(SearchRequest request, long total, List<SearchHit> hits, List<FacetResult> facets,
                             String correctedQuery, String suggestedQuery, long tookMillis, boolean partial) {
}
