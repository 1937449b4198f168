package org.talkarchive.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.talkarchive.index.FacetDimension;
import org.talkarchive.search.InvalidRequestException;
import org.talkarchive.search.SearchMode;
import org.talkarchive.search.SearchRequest;
import org.talkarchive.search.SortOrder;

/**
 * Reads a search from URL parameters ({@code q, mode, sort, page, size} and one parameter per
 * {@link FacetDimension}, repeated for several values) and refuses bad ones naming the parameter. The pages and the
 * API share it, so a page URL and an API URL with the same parameters mean the same search.
 */
public final class SearchParams {

    public static final int DEFAULT_SIZE = 10;
    /** Deep pages cost the searcher; nobody reads result 10,000 of an archive. */
    public static final int MAX_PAGE = 1000;

    /** {@code facet_limit} shapes the answer, not the search: {@link FacetLimit} reads it. */
    private static final Set<String> BASE = Set.of("q", "mode", "sort", "page", "size", "talk",
            FacetLimit.PARAMETER);

    private SearchParams() {
    }

    /** The names of every facet parameter, in the enum's order. */
    public static List<String> facetParameters() {
        return Stream.of(FacetDimension.values()).map(FacetDimension::field).toList();
    }

    public static SearchRequest parse(Map<String, List<String>> params) {
        for (String name : params.keySet()) {
            if (!BASE.contains(name) && FacetDimension.byField(name).isEmpty()) {
                throw RequestException.badParameter("unknown_facet", name,
                        "unknown parameter or facet: " + name + " (facets are "
                                + String.join(", ", facetParameters()) + ")");
            }
        }
        String query = single(params, "q", "");
        if (query.strip().length() > SearchRequest.MAX_QUERY_LENGTH) {
            throw RequestException.badParameter("query_too_long", "q",
                    "q is longer than " + SearchRequest.MAX_QUERY_LENGTH + " characters");
        }
        SearchMode mode = parseMode(single(params, "mode", "hybrid"));
        SortOrder sort = parseSort(single(params, "sort", ""));
        int page = parseInt(params, "page", 1, 1, MAX_PAGE, "bad_page");
        int size = parseInt(params, "size", DEFAULT_SIZE, 1, SearchRequest.MAX_SIZE, "bad_size");
        Map<String, List<String>> filters = new LinkedHashMap<>();
        for (FacetDimension dim : FacetDimension.values()) {
            List<String> values = params.getOrDefault(dim.field(), List.of()).stream()
                    .map(String::strip).filter(v -> !v.isEmpty()).distinct().toList();
            if (!values.isEmpty()) {
                filters.put(dim.field(), values);
            }
        }
        try {
            String talk = single(params, "talk", "").strip();
            return new SearchRequest(query, mode, filters, sort, page, size, talk.isEmpty() ? null : talk);
        } catch (InvalidRequestException e) {
            throw refusal(e);
        }
    }

    /** The searcher's refusal in the API's words: the URL parameter at fault and a stable error code. */
    static RequestException refusal(InvalidRequestException e) {
        String param = switch (e.part()) {
            case QUERY -> "q";
            case PAGE -> "page";
            case SIZE -> "size";
            case FILTER -> e.dimension();
            case TALK -> "talk";
        };
        String code = switch (e.problem()) {
            case TOO_LONG -> "query_too_long";
            case TOO_COMPLEX -> "query_too_complex";
            case OUT_OF_RANGE -> "bad_" + param;
            case UNKNOWN_DIMENSION -> "unknown_facet";
            case BAD_VALUE -> e.part() == InvalidRequestException.Part.TALK ? "bad_talk" : "bad_facet_value";
            case UNKNOWN_TALK -> "unknown_talk";
        };
        return RequestException.badParameter(code, param, e.getMessage());
    }

    private static SearchMode parseMode(String value) {
        try {
            return SearchMode.parse(value);
        } catch (IllegalArgumentException e) {
            throw RequestException.badParameter("bad_mode", "mode", e.getMessage());
        }
    }

    private static SortOrder parseSort(String value) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            return SortOrder.parse(value);
        } catch (IllegalArgumentException e) {
            throw RequestException.badParameter("bad_sort", "sort", e.getMessage());
        }
    }

    static int parseInt(Map<String, List<String>> params, String name, int fallback, int min, int max,
                                String code) {
        String raw = single(params, name, "");
        if (raw.isEmpty()) {
            return fallback;
        }
        int value;
        try {
            value = Integer.parseInt(raw);
        } catch (NumberFormatException e) {
            throw RequestException.badParameter(code, name, name + " must be a whole number: " + raw);
        }
        if (value < min || value > max) {
            throw RequestException.badParameter(code, name,
                    name + " must be between " + min + " and " + max + ": " + value);
        }
        return value;
    }

    /** One value of a parameter that must not repeat. */
    public static String single(Map<String, List<String>> params, String name, String fallback) {
        List<String> values = params.getOrDefault(name, List.of());
        if (values.size() > 1) {
            throw RequestException.badParameter("repeated_parameter", name, name + " may be given only once");
        }
        return values.isEmpty() ? fallback : values.get(0);
    }

    /** The URL parameters that reproduce a request; the inverse of {@link #parse}, defaults left out. */
    public static List<Map.Entry<String, String>> toParams(SearchRequest request) {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        if (!request.query().isEmpty()) {
            out.add(Map.entry("q", request.query()));
        }
        if (request.mode() != SearchMode.HYBRID) {
            out.add(Map.entry("mode", request.mode().label()));
        }
        if (request.talk() != null) {
            out.add(Map.entry("talk", request.talk()));
        }
        for (FacetDimension dim : FacetDimension.values()) {
            for (String value : request.filters().getOrDefault(dim.field(), List.of())) {
                out.add(Map.entry(dim.field(), value));
            }
        }
        if (request.sort() != null) {
            out.add(Map.entry("sort", request.sort().label()));
        }
        if (request.size() != DEFAULT_SIZE) {
            out.add(Map.entry("size", String.valueOf(request.size())));
        }
        if (request.page() != 1) {
            out.add(Map.entry("page", String.valueOf(request.page())));
        }
        return out;
    }
}
