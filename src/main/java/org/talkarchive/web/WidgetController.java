package org.talkarchive.web;

import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.talkarchive.index.FacetDimension;
import org.talkarchive.search.FacetValue;
import org.talkarchive.web.view.EmbedFramePage;
import org.talkarchive.web.view.EmbedPage;
import org.talkarchive.web.view.SearchPage;

/**
 * The embeddable search widget: the script ({@code /widget.js}), the page that explains it and builds its snippet
 * ({@code /embed}), and the iframe variant for sites that forbid third-party scripts ({@code /embed/frame}).
 */
public final class WidgetController {

    /** The versioned URL never changes content, so browsers and CDNs may keep it for a year. */
    static final String CACHE_VERSIONED = "public, max-age=31536000, immutable";
    /** The bare URL is what older snippets use; a day, then a cheap revalidation by ETag. */
    static final String CACHE_UNVERSIONED = "public, max-age=86400, stale-while-revalidate=604800";

    private final ArchiveCatalog catalog;
    private final WebConfig config;
    private final WidgetAsset asset;
    private final String frameAncestors;

    public WidgetController(ArchiveCatalog catalog, WebConfig config) {
        this.catalog = catalog;
        this.config = config;
        this.asset = WidgetAsset.load();
        this.frameAncestors = frameAncestors(config.frameAncestors());
    }

    public void register(JavalinDefaultRoutingApi routes) {
        WebApp.readOnly(routes, "/widget.js", this::script);
        WebApp.readOnly(routes, "/embed", this::embedPage);
        WebApp.readOnly(routes, "/embed/frame", this::frame);
    }

    void script(Context ctx) {
        boolean versioned = asset.version().equals(ctx.queryParam("v"));
        ctx.header("Cache-Control", versioned ? CACHE_VERSIONED : CACHE_UNVERSIONED);
        ctx.header("ETag", asset.etag());
        // Loaded by <script> from any site; CORS and CORP let it load with crossorigin or under COEP too.
        ctx.header("Access-Control-Allow-Origin", "*");
        ctx.header("Cross-Origin-Resource-Policy", "cross-origin");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.contentType("text/javascript; charset=utf-8").result(asset.bytes());
    }

    void embedPage(Context ctx) {
        EmbedOptions options = EmbedOptions.parse(ctx.queryParamMap(), known());
        EmbedSnippets snippets = new EmbedSnippets(config.publicBaseUrl(), asset.version());
        EmbedPage page = new EmbedPage(options, snippets.script(options), snippets.frame(options),
                "/widget.js?v=" + asset.version(), EmbedSnippets.framePath(options), filterChoices(options),
                WidgetOption.ALL, EmbedOptions.MAX_LIMIT);
        Pages.secureHeaders(ctx);
        // The page previews the iframe variant, which the app's usual policy would refuse to load.
        ctx.header("Content-Security-Policy", Pages.CONTENT_SECURITY_POLICY
                .replace("frame-src ", "frame-src 'self' "));
        ctx.render("embed.jte", Map.of("page", page));
    }

    void frame(Context ctx) {
        EmbedOptions options;
        String error = null;
        try {
            options = EmbedOptions.parse(ctx.queryParamMap(), known());
        } catch (RequestException e) {
            // Shown inside the frame: the app's error page may not be framed by the site that made the mistake.
            options = EmbedOptions.none();
            error = e.getMessage();
            ctx.status(e.status());
        }
        ctx.header("Content-Security-Policy", "default-src 'self'; style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; "
                + "frame-ancestors " + frameAncestors);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "strict-origin-when-cross-origin");
        ctx.render("embedFrame.jte", Map.of("page",
                new EmbedFramePage(options, "/widget.js?v=" + asset.version(), error)));
    }

    /** The values each widget dimension has in the archive: what a filter attribute may name. */
    private Map<String, Set<String>> known() {
        Map<String, Set<String>> known = new LinkedHashMap<>();
        for (String field : EmbedOptions.FILTERS) {
            known.put(field, catalog.facet(field, Map.of()).stream().map(FacetValue::value)
                    .collect(Collectors.toSet()));
        }
        return known;
    }

    /** One select per widget dimension: numbers in their order, names alphabetically. */
    private List<EmbedPage.Filter> filterChoices(EmbedOptions options) {
        List<EmbedPage.Filter> filters = new ArrayList<>();
        for (String field : EmbedOptions.FILTERS) {
            List<SearchPage.Option> values = catalog.facet(field, Map.of()).stream()
                    .map(v -> new SearchPage.Option(v.value(), FacetLabels.value(field, v),
                            v.value().equals(options.filter(field))))
                    .toList();
            if (FacetDimension.byField(field).orElseThrow().order() == FacetDimension.Order.BY_COUNT) {
                values = values.stream().sorted(Comparator.comparing(SearchPage.Option::label)).toList();
            }
            String label = FacetLabels.dimension(field);
            filters.add(new EmbedPage.Filter(field, label, "Any " + label.toLowerCase(Locale.ROOT), values));
        }
        return filters;
    }

    /** The CSP source list: "*" for any site, else this app and the configured origins; refuses what would inject. */
    static String frameAncestors(List<String> origins) {
        if (origins.contains(WebConfig.ANY)) {
            return "*";
        }
        Set<String> sources = new LinkedHashSet<>();
        sources.add("'self'");
        for (String origin : origins) {
            if (!origin.matches("https?://[A-Za-z0-9.*-]+(:[0-9]+)?")) {
                throw new IllegalArgumentException("frame ancestor must be an origin like https://example.org: "
                        + origin);
            }
            sources.add(origin);
        }
        return String.join(" ", sources);
    }
}
