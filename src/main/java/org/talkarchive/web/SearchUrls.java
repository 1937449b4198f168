package org.talkarchive.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.talkarchive.search.SearchMode;
import org.talkarchive.search.SearchRequest;
import org.talkarchive.search.SortOrder;

/** Shareable URLs of search states: every link on the search page is one of these, so each state can be bookmarked. */
public final class SearchUrls {

    private SearchUrls() {
    }

    public static String of(SearchRequest request) {
        return "/search" + query(SearchParams.toParams(request));
    }

    /** The same search with {@code value} added to or removed from a facet's filter, back on page 1. */
    public static String toggle(SearchRequest request, String dimension, String value) {
        Map<String, List<String>> filters = new LinkedHashMap<>(request.filters());
        List<String> values = new ArrayList<>(filters.getOrDefault(dimension, List.of()));
        if (!values.remove(value)) {
            values.add(value);
        }
        filters.put(dimension, values);
        return of(new SearchRequest(request.query(), request.mode(), filters, request.sort(), 1, request.size()));
    }

    /**
     * The Atom feed of a search: its query and filters, newest talks first. Page, size and sort are left out, so
     * every page and ordering of one search shares one feed.
     */
    public static String feed(SearchRequest request) {
        return "/search.atom" + query(SearchParams.toParams(new SearchRequest(request.query(), request.mode(),
                request.filters(), null, 1, SearchParams.DEFAULT_SIZE)));
    }

    public static String page(SearchRequest request, int page) {
        return of(new SearchRequest(request.query(), request.mode(), request.filters(), request.sort(), page,
                request.size()));
    }

    public static String mode(SearchRequest request, SearchMode mode) {
        return of(new SearchRequest(request.query(), mode, request.filters(), request.sort(), 1, request.size()));
    }

    public static String sort(SearchRequest request, SortOrder sort) {
        return of(new SearchRequest(request.query(), request.mode(), request.filters(), sort, 1, request.size()));
    }

    /** A browse URL filtered on one facet value, e.g. all talks of a topic in a season. */
    public static String filtered(String... dimensionValuePairs) {
        List<Map.Entry<String, String>> params = new ArrayList<>();
        for (int i = 0; i + 1 < dimensionValuePairs.length; i += 2) {
            params.add(Map.entry(dimensionValuePairs[i], dimensionValuePairs[i + 1]));
        }
        return "/search" + query(params);
    }

    /** The Atom feed of the talks with one facet value, e.g. a topic's new talks. */
    public static String filteredFeed(String dimension, String value) {
        return "/search.atom" + query(List.of(Map.entry(dimension, value)));
    }

    /** The iCalendar file of the upcoming talks with one facet value, e.g. a topic's or a series'. */
    public static String upcomingCalendar(String dimension, String value) {
        return "/upcoming.ics" + query(List.of(Map.entry(dimension, value)));
    }

    static String query(List<Map.Entry<String, String>> params) {
        if (params.isEmpty()) {
            return "";
        }
        return params.stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&", "?", ""));
    }

    public static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
