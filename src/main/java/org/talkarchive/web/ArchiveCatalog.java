package org.talkarchive.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.talkarchive.search.FacetValue;
import org.talkarchive.search.SearchMode;
import org.talkarchive.search.SearchRequest;
import org.talkarchive.search.SearchResponse;
import org.talkarchive.search.SortOrder;
import org.talkarchive.search.TalkSearcher;
import org.talkarchive.search.TalkSummary;

/**
 * Whole-archive views the pages need (every talk, pages of talks, facet counts), read from the searcher's
 * {@link org.talkarchive.search.Catalogue} of the generation it serves. Nothing is cached here: the searcher may be
 * reopened on a new index while the app runs.
 */
public final class ArchiveCatalog {

    private final TalkSearcher searcher;

    public ArchiveCatalog(TalkSearcher searcher) {
        this.searcher = searcher;
    }

    public TalkSearcher searcher() {
        return searcher;
    }

    /** Every talk, newest first (TBA first). */
    public List<TalkSummary> allTalks() {
        return searcher.catalogue().talks();
    }

    /** The talks with a facet value, newest first. */
    public List<TalkSummary> talksWhere(String dimension, String value) {
        return searcher.catalogue().talksWhere(dimension, value);
    }

    /** The newest talks with a facet value. */
    public List<TalkSummary> newest(String dimension, String value, int limit) {
        return searcher.catalogue().newest(Map.of(dimension, List.of(value)), limit);
    }

    /** The talks matching facet filters, newest first (several dimensions, e.g. a topic's upcoming talks). */
    public List<TalkSummary> talksWhere(Map<String, List<String>> filters) {
        List<TalkSummary> talks = new ArrayList<>();
        for (int page = 1; ; page++) {
            SearchResponse response = searcher.search(browseRequest(filters, page, SearchRequest.MAX_SIZE));
            response.hits().forEach(h -> talks.add(h.talk()));
            if (response.hits().isEmpty() || talks.size() >= response.total()) {
                return talks;
            }
        }
    }

    /** Facet values of one dimension over the whole archive, or under the given filters. */
    public List<FacetValue> facet(String dimension, Map<String, List<String>> filters) {
        return searcher.catalogue().facet(dimension, filters);
    }

    public Map<String, Integer> facetCounts(String dimension) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        facet(dimension, Map.of()).forEach(v -> counts.put(v.value(), v.count()));
        return counts;
    }

    /** One page of the talks matching facet filters, newest first, with facet counts under those filters. */
    public SearchResponse browse(Map<String, List<String>> filters, int page, int size) {
        return searcher.search(browseRequest(filters, page, size));
    }

    private static SearchRequest browseRequest(Map<String, List<String>> filters, int page, int size) {
        return new SearchRequest("", SearchMode.KEYWORD, filters, SortOrder.DATE, page, size);
    }
}
