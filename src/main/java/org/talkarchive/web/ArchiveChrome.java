package org.talkarchive.web;

import io.javalin.http.Context;
import java.util.Base64;
import org.talkarchive.corpus.ArchiveIdentity;
import org.talkarchive.search.TalkSearcher;
import org.talkarchive.web.view.Site;

/**
 * The archive's identity as the web shows it: the {@link Site} every page gets, and its logo and colours served at
 * {@code /archive/logo} and {@code /archive/colours.css}. Read from the searcher on every request, because a newly
 * built index may bring a changed archive.yml.
 */
final class ArchiveChrome {

    static final String LOGO = "/archive/logo";
    static final String COLOURS = "/archive/colours.css";

    private final TalkSearcher searcher;
    private final WebConfig config;

    ArchiveChrome(TalkSearcher searcher, WebConfig config) {
        this.searcher = searcher;
        this.config = config;
    }

    ArchiveIdentity identity() {
        return searcher.archive();
    }

    /** The frame of the page {@code ctx} asks for; its canonical address is at the public base URL. */
    Site site(Context ctx) {
        ArchiveIdentity a = identity();
        String query = ctx.queryString();
        return new Site(a.title(), a.name(), a.description(), a.subject(), a.homePage(),
                a.logo() == null ? null : LOGO, a.accent() == null && a.accentDark() == null ? null : COLOURS,
                config.absolute(ctx.path() + (query == null || query.isEmpty() ? "" : "?" + query)));
    }

    void logo(Context ctx) {
        String logo = identity().logo();
        if (logo == null) {
            throw RequestException.notFound("This archive has no logo.");
        }
        // "data:image/svg+xml;base64,...." as the corpus reader wrote it
        int comma = logo.indexOf(',');
        String type = logo.substring("data:".length(), logo.indexOf(';'));
        byte[] bytes = Base64.getDecoder().decode(logo.substring(comma + 1));
        if (type.equals("image/svg+xml")) {
            // An SVG is a document: opened on its own it must not run script of ours or anyone's.
            ctx.header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
        }
        ctx.contentType(type).result(bytes);
    }

    /**
     * The accent colours as CSS custom properties over site.css' defaults, light and dark. Served as a file rather
     * than inline, because the pages' CSP allows styles only from this app.
     */
    void colours(Context ctx) {
        ArchiveIdentity a = identity();
        StringBuilder css = new StringBuilder();
        if (a.accent() != null) {
            css.append(":root { --accent: ").append(a.accent()).append("; }\n");
        }
        if (a.accentDark() != null) {
            css.append("@media (prefers-color-scheme: dark) { :root { --accent: ").append(a.accentDark())
                    .append("; } }\n");
        }
        ctx.contentType("text/css; charset=utf-8").result(css.toString());
    }
}
