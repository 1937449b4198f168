package org.talkarchive.web.view;

import java.util.List;

/**
 * The search page: form state, results, facets, chips and pages; every link is a shareable URL.
 *
 * @param correctedQuery the query as the searcher understood it after typo correction, or null
 * @param didYouMean     a spelling offered but not searched, linked to its search; or null
 * @param suggestions    titles, speakers and topics to try when nothing matched (works without script)
 * @param partial        the search reached its time limit: the results are those found by then
 * @param feedUrl        this search as an Atom feed of its newest talks, to subscribe to
 */
public record SearchPage(String query, String mode, String sort, long total, String correctedQuery,
                         Link didYouMean, List<Link> suggestions,
                         List<Option> modes, List<Option> sorts, List<Hit> hits, List<Facet> facets,
                         List<Link> chips, String clearUrl, Pagination pagination, String apiUrl, boolean partial,
                         String feedUrl) {

    /** A radio or select choice. */
    public record Option(String value, String label, boolean selected) {
    }

    /** One result with its highlighted snippets ({@code html} is sanitised to {@code <mark>} only). */
    public record Hit(TalkCard talk, List<Snippet> snippets, List<Passage> passages) {
    }

    public record Snippet(String field, String html) {
    }

    /** A matching transcript passage: a jump to its line on the talk page and to the video at its start. */
    public record Passage(String clock, String html, String transcriptUrl, String videoUrl) {
    }

    /**
     * A facet dimension: the first few values shown, the rest up to the facet limit behind "more".
     *
     * @param valueCount how many values the dimension has for this search
     * @param moreUrl    this search listing more values per dimension; null when every value is listed
     */
    public record Facet(String parameter, String label, List<FacetValue> shown, List<FacetValue> more, int valueCount,
                        String moreUrl) {
    }

    public record FacetValue(String value, String label, int count, boolean selected, String toggleUrl) {
    }

    public record Pagination(int page, int pages, String previous, String next, List<PageLink> links) {
    }

    /** @param href null for a gap ("…") */
    public record PageLink(String label, String href, boolean current) {
    }
}
