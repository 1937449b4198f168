package org.talkarchive.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.talkarchive.index.FacetDimension;
import org.talkarchive.search.FacetValue;
import org.talkarchive.search.InvalidRequestException;
import org.talkarchive.web.view.TalksPage;

/**
 * {@code /talks}: every talk, newest first, a page at a time, narrowed by season, year and series with plain links,
 * so it works without JavaScript and costs one search per page however large the archive.
 */
public final class TalkListController {

    static final int TALKS_PER_PAGE = 50;

    private final ArchiveCatalog catalog;

    public TalkListController(ArchiveCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * The dimensions {@code /talks} browses by: season and year, and series once the corpus format has it (the
     * import work adds that dimension; it is picked up by name, so nothing here changes then).
     */
    static List<FacetDimension> browseDimensions() {
        return Stream.of("series", "season", "year").map(FacetDimension::byField).flatMap(Optional::stream).toList();
    }

    public void talks(Context ctx) {
        List<String> allowed = new ArrayList<>(browseDimensions().stream().map(FacetDimension::field).toList());
        allowed.add("page");
        Paging.allowOnly(ctx.queryParamMap(), allowed);
        Map<String, List<String>> filters = filters(ctx.queryParamMap());
        int page = Paging.page(ctx.queryParamMap());
        ArchiveCatalog.TalkPage talks = browse(filters, page, TALKS_PER_PAGE);
        int total = talks.total();
        Paging.requireExists(page, total, TALKS_PER_PAGE);
        TalkCards cards = new TalkCards(catalog.searcher().topics());
        List<TalksPage.Browse> browse = browseDimensions().stream()
                .map(d -> browse(d, catalog.facet(d.field(), filters), filters))
                .filter(b -> !b.options().isEmpty()).toList();
        List<Map.Entry<String, String>> params = params(filters);
        PageController.render(ctx, "talks.jte", new TalksPage(total, browse, cards.cards(talks.talks()),
                Paging.pager("/talks", params, page, total, TALKS_PER_PAGE),
                "/search" + SearchUrls.query(params)));
    }

    ArchiveCatalog.TalkPage browse(Map<String, List<String>> filters, int page, int size) {
        try {
            return catalog.browse(filters, page, size);
        } catch (InvalidRequestException e) {
            throw SearchParams.refusal(e);
        }
    }

    /** One value per dimension: a directory narrows step by step, a search page combines. */
    static Map<String, List<String>> filters(Map<String, List<String>> params) {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        for (FacetDimension d : browseDimensions()) {
            String value = SearchParams.single(params, d.field(), "").strip();
            if (!value.isEmpty()) {
                filters.put(d.field(), List.of(value));
            }
        }
        return filters;
    }

    /** A dimension's values (counted as if its own filter were off) as links that narrow or widen the list. */
    private static TalksPage.Browse browse(FacetDimension dim, List<FacetValue> values,
                                           Map<String, List<String>> filters) {
        List<TalksPage.Option> options = values.stream().filter(v -> v.count() > 0 || v.selected())
                .map(v -> new TalksPage.Option(FacetLabels.value(dim.field(), v), toggle(filters, dim, v), v.count(), v.selected()))
                .toList();
        return new TalksPage.Browse(FacetLabels.dimension(dim), options);
    }

    private static String toggle(Map<String, List<String>> filters, FacetDimension dim, FacetValue value) {
        Map<String, List<String>> next = new LinkedHashMap<>(filters);
        if (value.selected()) {
            next.remove(dim.field());
        } else {
            next.put(dim.field(), List.of(value.value()));
        }
        return "/talks" + SearchUrls.query(params(next));
    }

    private static List<Map.Entry<String, String>> params(Map<String, List<String>> filters) {
        List<Map.Entry<String, String>> params = new ArrayList<>();
        for (FacetDimension d : browseDimensions()) {
            filters.getOrDefault(d.field(), List.of()).forEach(v -> params.add(Map.entry(d.field(), v)));
        }
        return params;
    }
}
