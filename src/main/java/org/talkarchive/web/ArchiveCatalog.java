package org.talkarchive.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.talkarchive.search.FacetValue;
import org.talkarchive.search.InvalidRequestException;
import org.talkarchive.search.SearchMode;
import org.talkarchive.search.SearchRequest;
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
        return searcher.catalogue().matching(browseRequest(filters, 1, 1).filters());
    }

    /**
     * A browse as a search would take it: its constructor refuses an unknown dimension, a bad filter value, page or
     * size ({@link InvalidRequestException}), which the catalogue does not check.
     */

    /** Facet values of one dimension over the whole archive, or under the given filters. */
    public List<FacetValue> facet(String dimension, Map<String, List<String>> filters) {
        return searcher.catalogue().facet(dimension, filters);
    }

    public Map<String, Integer> facetCounts(String dimension) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        facet(dimension, Map.of()).forEach(v -> counts.put(v.value(), v.count()));
        return counts;
    }

    /** One page of talks, and how many talks there are on all pages. */
    public record TalkPage(List<TalkSummary> talks, int total) {
    }

    /**
     * One page of the talks matching facet filters, newest first, read from the catalogue: a search would count
     * every value of every facet as well, which at 21,712 talks made a directory page of 100 speakers take 0.7 s.
     */
    public TalkPage browse(Map<String, List<String>> filters, int page, int size) {
        SearchRequest request = browseRequest(filters, page, size);
        List<TalkSummary> matching = searcher.catalogue().matching(request.filters());
        int from = Math.min(matching.size(), (page - 1) * size);
        return new TalkPage(matching.subList(from, Math.min(matching.size(), from + size)), matching.size());
    }

    /**
     * A browse as a search would take it: its constructor refuses an unknown dimension, a bad filter value, page or
     * size ({@link InvalidRequestException}), which the catalogue itself does not check.
     */
    private static SearchRequest browseRequest(Map<String, List<String>> filters, int page, int size) {
        return new SearchRequest("", SearchMode.KEYWORD, filters, SortOrder.DATE, page, size);
    }
}
