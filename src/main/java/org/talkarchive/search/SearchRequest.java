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
 * @param talk    null, or the id of the one talk to search in: its hit then lists every matching moment of its
 *                transcript, not only the best three
 */
public record SearchRequest(String query, SearchMode mode, Map<String, List<String>> filters, SortOrder sort,
                            int page, int size, String talk) {

    public static final int MAX_SIZE = 100;
    public static final int MAX_QUERY_LENGTH = 500;

    /** Talk ids as talk files have them; longer ones are refused before the index is asked. */
    private static final java.util.regex.Pattern TALK_ID = java.util.regex.Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final int MAX_TALK_ID = 200;

    public SearchRequest {
        query = query == null ? "" : query.strip();
        if (talk != null && (talk.length() > MAX_TALK_ID || !TALK_ID.matcher(talk).matches())) {
            throw new InvalidRequestException(Part.TALK, Problem.BAD_VALUE, null,
                    "not a valid talk id: \"" + (talk.length() > 40 ? talk.substring(0, 40) + "…" : talk)
                            + "\" (lower-case letters, digits and hyphens)");
        }
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

    /** A search of every talk. */
    public SearchRequest(String query, SearchMode mode, Map<String, List<String>> filters, SortOrder sort, int page,
                         int size) {
        this(query, mode, filters, sort, page, size, null);
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
        return new SearchRequest(query, newMode, filters, sort, page, size, talk);
    }

    public SearchRequest withFilter(String dimension, String... values) {
        Map<String, List<String>> copy = new LinkedHashMap<>(filters);
        copy.put(dimension, List.of(values));
        return new SearchRequest(query, mode, copy, sort, page, size, talk);
    }

    public SearchRequest withSize(int newSize) {
        return new SearchRequest(query, mode, filters, sort, page, newSize, talk);
    }

    /** The same search in one talk only ({@code null}: in every talk). */
    public SearchRequest inTalk(String talkId) {
        return new SearchRequest(query, mode, filters, sort, page, size, talkId);
    }

    public boolean isBrowse() {
        return query.isEmpty();
    }

    public SortOrder effectiveSort() {
        return sort != null ? sort : (isBrowse() ? SortOrder.DATE : SortOrder.RELEVANCE);
    }
}
