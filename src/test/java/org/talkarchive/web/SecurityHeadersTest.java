package org.talkarchive.web;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Every response carries the security headers; pages run no inline script; only the frame may be framed elsewhere. */
class SecurityHeadersTest {

    private static final List<String> PAGES = List.of("/", "/search", "/search?q=fairness", "/talks/s01e01",
            "/topics/fairness", "/seasons/1", "/talks", "/topics", "/speakers", "/datasets", "/seasons", "/embed",
            Paths.series("Datasets through the L👀king-Glass"),
            "/talks/no-such-talk", "/no/such/page", "/search?mode=bad");

    private final RunningApp app = RunningApp.get();

    @Test
    void everyPageAndErrorCarriesTheSecurityHeaders() {
        List<String> paths = new ArrayList<>(PAGES);
        paths.addAll(List.of("/embed/frame", "/feed.atom", "/upcoming.ics", "/widget.js", "/static/site.css",
                "/api/v1/search?q=bias", "/api/v1/talks/zzz", "/api/v1/nothing-here"));
        for (String path : paths) {
            HttpResponse<String> response = app.get(path);
            assertAll(path,
                    () -> assertTrue(header(response, "Content-Security-Policy").contains("default-src"),
                            path + ": " + response.headers().map()),
                    () -> assertEquals("nosniff", header(response, "X-Content-Type-Options")),
                    () -> assertEquals("strict-origin-when-cross-origin", header(response, "Referrer-Policy")),
                    () -> assertTrue(header(response, "Permissions-Policy").contains("camera=()")));
        }
    }

    @Test
    void pagesAllowNoInlineScriptAndRunNone() {
        for (String path : PAGES) {
            HttpResponse<String> response = app.get(path);
            String policy = header(response, "Content-Security-Policy");
            assertFalse(policy.contains("'unsafe-inline'") || policy.contains("'unsafe-eval'"), path + ": " + policy);
            Document page = Jsoup.parse(response.body());
            // A JSON-LD block is data the browser never runs, so the policy does not apply to it.
            for (Element script : page.select("script:not([type=application/ld+json])")) {
                assertTrue(script.hasAttr("src") && script.data().isBlank(), path + " has an inline script: " + script);
            }
            for (Element element : page.getAllElements()) {
                element.attributes().forEach(a -> assertFalse(a.getKey().startsWith("on"),
                        path + " has an inline event handler: " + element.tagName() + " " + a.getKey()));
            }
        }
    }

    @Test
    void onlyTheFrameMayBeFramedByOtherSites() {
        for (String path : PAGES) {
            assertTrue(header(app.get(path), "Content-Security-Policy").endsWith("frame-ancestors 'self'"), path);
        }
        assertTrue(header(app.get("/embed/frame"), "Content-Security-Policy").endsWith("frame-ancestors *"));
        assertTrue(header(app.get("/api/v1/topics"), "Content-Security-Policy").contains("frame-ancestors 'none'"));
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }
}
