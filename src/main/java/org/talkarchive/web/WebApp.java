package org.talkarchive.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.staticfiles.Location;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.talkarchive.search.TalkSearcher;

/**
 * Builds the web app (pages, feeds, JSON API, static assets) around a searcher. Returns it unstarted, so the CLI's
 * {@code serve} and the tests start the same app: {@code WebApp.create(searcher, config).start(port)}.
 */
public final class WebApp {

    private static final Pattern BAD_ESCAPE = Pattern.compile("%(?![0-9A-Fa-f]{2})");

    private WebApp() {
    }

    public static Javalin create(TalkSearcher searcher, WebConfig config) {
        ArchiveCatalog catalog = new ArchiveCatalog(searcher);
        ArchiveChrome chrome = new ArchiveChrome(searcher, config);
        PageController pages = new PageController(catalog, config);
        FeedController feeds = new FeedController(catalog, config);
        DirectoryController directory = new DirectoryController(catalog);
        TalkListController talkList = new TalkListController(catalog);
        DiscoveryController discovery = new DiscoveryController(catalog, config);
        ApiController apiController = new ApiController(catalog, config);
        DirectoryApiController lists = new DirectoryApiController(catalog, config);
        Cors cors = new Cors(config);
        ErrorResponses errors = new ErrorResponses();
        RateLimiter rateLimiter = new RateLimiter(config.rateLimit());
        return Javalin.create(javalin -> {
            useJte(javalin, chrome);
            // Off: Javalin's own ETag is unquoted and lands on error responses too. HttpCaching gives successful
            // responses a quoted one, and Javalin still answers a matching If-None-Match with 304.
            javalin.http.generateEtags = false;
            javalin.http.prefer405over404 = true;
            javalin.http.compressionStrategy = CompressionStrategy.GZIP;
            javalin.router.ignoreTrailingSlashes = true;
            javalin.startup.showJavalinBanner = false;
            // Requests Jetty refuses itself (too long, badly encoded) still get our error format and headers.
            javalin.jetty.modifyServer(server -> server.setErrorHandler(new MalformedRequests()));
            javalin.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/public";
                files.location = Location.CLASSPATH;
                files.headers = Map.of("Cache-Control", "public, max-age=3600");
            });

            // Every response, including errors and routes added later, carries the security headers.
            javalin.routes.before(Pages::secureHeaders);
            javalin.routes.before(WebApp::refuseBadEscapes);
            // Only what costs a search: static pages and assets are cheap and cached.
            javalin.routes.before("/api/*", rateLimiter::apply);
            javalin.routes.before("/search", rateLimiter::apply);
            javalin.routes.before(ctx -> {
                if (ctx.method() == HandlerType.GET || ctx.method() == HandlerType.HEAD) {
                    ctx.header("Cache-Control", HttpCaching.CACHE_CONTROL);
                    // Public caches must not hand a gzipped body to a client that did not ask for one.
                    HttpCaching.vary(ctx, "Accept-Encoding");
                }
            });
            javalin.routes.before("/api/*", cors::apply);
            javalin.routes.after(HttpCaching::etagFromBody);

            readOnly(javalin.routes, "/", pages::home);
            readOnly(javalin.routes, "/search", pages::search);
            readOnly(javalin.routes, "/talks", talkList::talks);
            readOnly(javalin.routes, "/topics", directory::topics);
            readOnly(javalin.routes, "/speakers", directory::speakers);
            readOnly(javalin.routes, "/datasets", directory::datasets);
            readOnly(javalin.routes, "/seasons", directory::seasons);
            readOnly(javalin.routes, "/talks/{id}", pages::talk);
            readOnly(javalin.routes, "/topics/{topic}", pages::topic);
            readOnly(javalin.routes, "/datasets/{slug}", pages::dataset);
            readOnly(javalin.routes, "/speakers/{slug}", pages::speaker);
            readOnly(javalin.routes, "/seasons/{n}", pages::season);
            readOnly(javalin.routes, "/series/{slug}", pages::series);
            readOnly(javalin.routes, ArchiveChrome.LOGO, chrome::logo);
            readOnly(javalin.routes, ArchiveChrome.COLOURS, chrome::colours);
            readOnly(javalin.routes, "/robots.txt", discovery::robots);
            readOnly(javalin.routes, "/sitemap.xml", discovery::sitemap);
            readOnly(javalin.routes, "/opensearch.xml", discovery::openSearch);
            readOnly(javalin.routes, "/feed.atom", feeds::atom);
            readOnly(javalin.routes, "/search.atom", feeds::search);
            readOnly(javalin.routes, "/upcoming.ics", feeds::upcoming);

            Map<String, Handler> api = new LinkedHashMap<>();
            api.put("/api/v1/search", apiController::search);
            api.put("/api/v1/talks", lists::talks);
            api.put("/api/v1/talks/{id}", apiController::talk);
            api.put("/api/v1/talks/{id}/related", apiController::related);
            api.put("/api/v1/topics", apiController::topics);
            api.put("/api/v1/datasets", apiController::datasets);
            api.put("/api/v1/speakers", lists::speakers);
            api.put("/api/v1/seasons", lists::seasons);
            api.put("/api/v1/suggest", apiController::suggest);
            api.put("/api/v1/openapi.json", apiController::openApi);
            api.forEach((path, handler) -> {
                readOnly(javalin.routes, path, handler);
                javalin.routes.options(path, cors::preflight);
            });

            // --- widget routes (/widget.js, /embed, /embed/frame): the widget engineer registers them here ---
            new WidgetController(catalog, config).register(javalin.routes);

            errors.register(javalin);
        });
    }

    /**
     * Registers a read-only route for GET and HEAD with the same handler, so HEAD gets GET's status and headers
     * (Jetty sends no body for HEAD); {@code Allow: GET, HEAD, OPTIONS} is then true.
     */
    static void readOnly(JavalinDefaultRoutingApi routes, String path, Handler handler) {
        routes.get(path, handler);
        routes.head(path, handler);
    }

    /**
     * Jetty lets a path through with {@code %u0041}-style escapes, which Javalin's path-parameter decoding then
     * rejects with an exception (a 500). Such an address is the client's mistake: say so with a 400.
     */
    private static void refuseBadEscapes(Context ctx) {
        if (BAD_ESCAPE.matcher(ctx.req().getRequestURI()).find()) {
            throw new RequestException(400, "bad_encoding",
                    "The address has an invalid percent-escape: use %XX with two hex digits (UTF-8).", null);
        }
    }

    /**
     * Precompiled jte templates (generated by jte-maven-plugin from src/main/jte) as Javalin's file renderer. Every
     * template gets the archive's {@code site} beside its own {@code page} model, so no page model repeats it.
     */
    private static void useJte(JavalinConfig javalin, ArchiveChrome chrome) {
        TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);
        javalin.fileRenderer((file, model, ctx) -> {
            StringOutput out = new StringOutput();
            Map<String, Object> withSite = new HashMap<>(model);
            withSite.put("site", chrome.site(ctx));
            engine.render(file, withSite, out);
            return out.toString();
        });
    }
}
