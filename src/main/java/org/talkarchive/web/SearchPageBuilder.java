package org.talkarchive.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.talkarchive.index.FacetDimension;
import org.talkarchive.search.FacetResult;
import org.talkarchive.search.FacetValue;
import org.talkarchive.search.PassageHit;
import org.talkarchive.search.SearchHit;
import org.talkarchive.search.SearchMode;
import org.talkarchive.search.SearchRequest;
import org.talkarchive.search.SearchResponse;
import org.talkarchive.search.SortOrder;
import org.talkarchive.search.Suggestion;
import org.talkarchive.web.view.Link;
import org.talkarchive.web.view.SearchPage;

/** Shapes a search response into the search page's model; every link keeps the rest of the search state. */
final class SearchPageBuilder {

    /** Facet values shown before "more"; selected values are always shown. */
    static final int SHOWN_VALUES = 6;
    static final int PAGE_WINDOW = 2;

    private static final Map<SearchMode, String> MODE_LABELS = Map.of(
            SearchMode.HYBRID, "Words + meaning", SearchMode.KEYWORD, "Words", SearchMode.SEMANTIC, "Meaning");
    private static final Map<SortOrder, String> SORT_LABELS = Map.of(
            SortOrder.RELEVANCE, "Best match", SortOrder.DATE, "Newest first");
    static final String DEFAULT_SORT_LABEL = "Best match (newest first when browsing)";

    private SearchPageBuilder() {
    }

    static SearchPage build(SearchRequest request, SearchResponse response, List<Suggestion> suggestions,
                            TalkCards cards, FacetLimit facetLimit) {
        List<SearchPage.Option> modes = List.of(SearchMode.HYBRID, SearchMode.KEYWORD, SearchMode.SEMANTIC).stream()
                .map(m -> new SearchPage.Option(m.label(), MODE_LABELS.get(m), m == request.mode())).toList();
        List<SearchPage.Option> sorts = new ArrayList<>();
        // Unchosen, the order follows what the form does next: a typed query ranks by match, browsing shows newest.
        sorts.add(new SearchPage.Option("", DEFAULT_SORT_LABEL, request.sort() == null));
        for (SortOrder s : List.of(SortOrder.RELEVANCE, SortOrder.DATE)) {
            sorts.add(new SearchPage.Option(s.label(), SORT_LABELS.get(s), s == request.sort()));
        }
        List<SearchPage.Hit> hits = response.hits().stream().map(h -> hit(h, cards)).toList();
        List<SearchPage.Facet> facets = response.facets().stream()
                .filter(f -> !f.values().isEmpty())
                .map(f -> facet(request, f, facetLimit)).toList();
        String clear = SearchUrls.of(new SearchRequest(request.query(), request.mode(), Map.of(), request.sort(), 1,
                request.size()));
        return new SearchPage(request.query(), request.mode().label(), request.effectiveSort().label(),
                response.total(), response.correctedQuery(), didYouMean(request, response),
                suggestions.stream().map(s -> new Link(s.text(), Paths.suggestion(s))).toList(), modes, sorts, hits, facets, chips(request, response),
                clear, pagination(request, response.total()),
                "/api/v1/search" + SearchUrls.query(SearchParams.toParams(request)), response.partial(),
                SearchUrls.feed(request));
    }

    private static SearchPage.Hit hit(SearchHit hit, TalkCards cards) {
        List<SearchPage.Snippet> snippets = hit.snippets().stream()
                .map(s -> new SearchPage.Snippet(s.field(), Highlights.html(s.fragment()))).toList();
        List<SearchPage.Passage> passages = new ArrayList<>();
        for (PassageHit p : hit.passages()) {
            passages.add(new SearchPage.Passage(Paths.clock(p.start()), Highlights.html(p.fragment()),
                    Paths.transcriptAnchor(hit.talk().id(), p.start()), p.link()));
        }
        return new SearchPage.Hit(cards.card(hit.talk()), snippets, passages);
    }

    private static SearchPage.Facet facet(SearchRequest request, FacetResult facet, FacetLimit limit) {
        List<SearchPage.FacetValue> shown = new ArrayList<>();
        List<SearchPage.FacetValue> more = new ArrayList<>();
        for (FacetValue v : limit.apply(facet.values())) {
            SearchPage.FacetValue view = new SearchPage.FacetValue(v.value(), FacetLabels.value(facet.dimension(), v),
                    v.count(), v.selected(),
                    SearchUrls.toggle(request, facet.dimension(), v.value()));
            (shown.size() < SHOWN_VALUES || v.selected() ? shown : more).add(view);
        }
        // Past the limit (thousands of speakers at 20,000 talks) a link asks for more instead of a page of checkboxes.
        FacetLimit next = limit.next();
        String moreUrl = facet.valueCount() > limit.value() && next != null
                ? withFacetLimit(request, next) + "#facet-" + facet.dimension() : null;
        return new SearchPage.Facet(facet.dimension(), FacetLabels.dimension(facet.dimension()), shown, more,
                facet.valueCount(), moreUrl);
    }

    private static String withFacetLimit(SearchRequest request, FacetLimit limit) {
        List<Map.Entry<String, String>> params = new ArrayList<>(SearchParams.toParams(request));
        params.add(Map.entry(FacetLimit.PARAMETER, String.valueOf(limit.value())));
        return "/search" + SearchUrls.query(params);
    }

    /** One removable chip per active filter value, labelled as the facet labels it. */
    /** The offered spelling as a link to its search, with the same mode and filters; null when there is none. */
    private static Link didYouMean(SearchRequest request, SearchResponse response) {
        if (response.suggestedQuery() == null) {
            return null;
        }
        return new Link(response.suggestedQuery(), SearchUrls.of(new SearchRequest(response.suggestedQuery(),
                request.mode(), request.filters(), request.sort(), 1, request.size())));
    }

    private static List<Link> chips(SearchRequest request, SearchResponse response) {
        List<Link> chips = new ArrayList<>();
        for (FacetDimension dim : FacetDimension.values()) {
            for (String value : request.filters().getOrDefault(dim.field(), List.of())) {
                String label = response.facets().stream().filter(f -> f.dimension().equals(dim.field()))
                        .flatMap(f -> f.values().stream()).filter(v -> v.value().equals(value))
                        .map(v -> FacetLabels.value(dim.field(), v)).findFirst().orElse(value);
                chips.add(new Link(FacetLabels.dimension(dim) + ": " + label, SearchUrls.toggle(request, dim.field(), value)));
            }
        }
        return chips;
    }

    static SearchPage.Pagination pagination(SearchRequest request, long total) {
        int pages = (int) Math.max(1, Math.min(SearchParams.MAX_PAGE, (total + request.size() - 1) / request.size()));
        int page = request.page();
        List<SearchPage.PageLink> links = new ArrayList<>();
        int from = Math.max(1, page - PAGE_WINDOW);
        int to = Math.min(pages, page + PAGE_WINDOW);
        if (from > 1) {
            links.add(new SearchPage.PageLink("1", SearchUrls.page(request, 1), false));
            if (from > 2) {
                links.add(new SearchPage.PageLink("…", null, false));
            }
        }
        for (int p = from; p <= to; p++) {
            links.add(new SearchPage.PageLink(String.valueOf(p), SearchUrls.page(request, p), p == page));
        }
        if (to < pages) {
            if (to < pages - 1) {
                links.add(new SearchPage.PageLink("…", null, false));
            }
            links.add(new SearchPage.PageLink(String.valueOf(pages), SearchUrls.page(request, pages), false));
        }
        return new SearchPage.Pagination(page, pages, page > 1 ? SearchUrls.page(request, page - 1) : null,
                page < pages ? SearchUrls.page(request, page + 1) : null, links);
    }
}
