package org.talkarchive.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.talkarchive.index.FacetDimension;
import org.talkarchive.search.InvalidRequestException.Part;
import org.talkarchive.search.InvalidRequestException.Problem;

/**
 * One search. Several values in one facet dimension are OR-ed, dimensions are AND-ed.
 *
 * @param query   free text; empty browses all talks
 * @param filters facet dimension field (see {@link FacetDimension#field()}) to selected values
 * @param sort    null means relevance for a query, date for browsing
 * @param page    from 1
 * @param size    1..100
 */
public record SearchRequest(String query, SearchMode mode, Map<String, List<String>> filters, SortOrder sort,
                            int page, int size) {

    public static final int MAX_SIZE = 100;
    public static final int MAX_QUERY_LENGTH = 500;

    public SearchRequest {
        query = query == null ? "" : query.strip();
        mode = mode == null ? SearchMode.HYBRID : mode;
        Map<String, List<String>> copy = new LinkedHashMap<>();
        if (filters != null) {
            filters.forEach((dim, values) -> {
                if (values != null && !values.isEmpty()) {
                    copy.put(dim, List.copyOf(values));
                }
            });
        }
        filters = Map.copyOf(copy);
        if (page < 1) {
            throw new InvalidRequestException(Part.PAGE, Problem.OUT_OF_RANGE, null,
                    "page must be 1 or more: " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidRequestException(Part.SIZE, Problem.OUT_OF_RANGE, null,
                    "size must be between 1 and " + MAX_SIZE + ": " + size);
        }
        if (query.length() > MAX_QUERY_LENGTH) {
            throw new InvalidRequestException(Part.QUERY, Problem.TOO_LONG, null,
                    "query is longer than " + MAX_QUERY_LENGTH + " characters");
        }
        filters.forEach(SearchRequest::checkFilter);
    }

    private static void checkFilter(String field, List<String> values) {
        FacetDimension dimension = FacetDimension.byField(field).orElseThrow(() -> new InvalidRequestException(
                Part.FILTER, Problem.UNKNOWN_DIMENSION, field, "unknown facet: " + field));
        for (String value : values) {
            if (!dimension.accepts(value)) {
                throw new InvalidRequestException(Part.FILTER, Problem.BAD_VALUE, field,
                        "not a valid " + field + ": \"" + value + "\" (" + dimension.expected() + ")");
            }
        }
    }

    /** A first-page request of the given text in hybrid mode with 10 hits. */
    public static SearchRequest of(String query) {
        return new SearchRequest(query, SearchMode.HYBRID, Map.of(), null, 1, 10);
    }

    public SearchRequest withMode(SearchMode newMode) {
        return new SearchRequest(query, newMode, filters, sort, page, size);
    }

    public SearchRequest withFilter(String dimension, String... values) {
        Map<String, List<String>> copy = new LinkedHashMap<>(filters);
        copy.put(dimension, List.of(values));
        return new SearchRequest(query, mode, copy, sort, page, size);
    }

    public SearchRequest withSize(int newSize) {
        return new SearchRequest(query, mode, filters, sort, page, newSize);
    }

    public boolean isBrowse() {
        return query.isEmpty();
    }

    public SortOrder effectiveSort() {
        return sort != null ? sort : (isBrowse() ? SortOrder.DATE : SortOrder.RELEVANCE);
    }
}
