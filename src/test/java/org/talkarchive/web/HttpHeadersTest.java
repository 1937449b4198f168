package org.talkarchive.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** HTTP details a cache, a proxy or a crawler relies on: HEAD answers as GET does. */
class HttpHeadersTest {

    private final RunningApp app = RunningApp.get();

    private HttpResponse<String> head(String path) {
        return app.send(HttpRequest.newBuilder(URI.create(app.base + path))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()));
    }

    @Test
    void headAnswersWithTheStatusAndHeadersOfGetAndNoBody() {
        for (String path : List.of("/", "/search?q=fairness", "/talks/s01e01", "/talks/zzz", "/feed.atom",
                "/upcoming.ics", "/embed", "/widget.js", "/api/v1/talks/s01e01", "/api/v1/talks/zzz",
                "/api/v1/search?q=bias", "/api/v1/search?mode=bad", "/api/v1/topics", "/no/such/page")) {
            HttpResponse<String> get = app.get(path);
            HttpResponse<String> head = head(path);
            assertEquals(get.statusCode(), head.statusCode(), path);
            for (String name : List.of("Content-Type", "ETag", "Cache-Control", "Allow")) {
                assertEquals(get.headers().firstValue(name), head.headers().firstValue(name), path + " " + name);
            }
            assertEquals("", head.body(), path);
        }
    }

    @Test
    void errorsAreNeitherCachedNorTagged() {
        for (String path : List.of("/talks/zzz", "/no/such/page", "/search?mode=bad", "/api/v1/talks/zzz",
                "/api/v1/search?mode=bad", "/api/v1/talks/s01e01?x=1", "/api/v1/nothing-here")) {
            HttpResponse<String> response = app.get(path);
            assertTrue(response.statusCode() >= 400, path);
            assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(null), path);
            assertEquals(Optional.empty(), response.headers().firstValue("ETag"), path);
        }
    }

    @Test
    void gzippedResponsesVaryByAcceptEncoding() {
        for (String path : List.of("/", "/search?q=fairness", "/api/v1/search?size=30", "/widget.js",
                "/widget.js?v=" + WidgetAsset.load().version(), "/static/site.css", "/static/widget.js")) {
            HttpResponse<String> response = app.get(path, "Accept-Encoding", "gzip");
            assertEquals("gzip", response.headers().firstValue("Content-Encoding").orElse(null), path);
            assertTrue(varies(response, "Accept-Encoding"), path + " Vary: " + response.headers().allValues("Vary"));
        }
    }

    @Test
    void restrictedCorsVariesByOriginEvenWithoutOne() {
        var restricted = WebApp.create(app.searcher,
                new WebConfig(List.of("https://a.example"), List.of(), RunningApp.PUBLIC_BASE)).start(0);
        try {
            String url = "http://localhost:" + restricted.port() + "/api/v1/topics";
            for (String origin : List.of("", "https://a.example", "https://b.example")) {
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
                HttpResponse<String> response = origin.isEmpty() ? app.send(request)
                        : app.send(request, "Origin", origin);
                assertEquals(200, response.statusCode());
                assertTrue(response.headers().firstValue("Cache-Control").orElse("").startsWith("public"));
                assertTrue(varies(response, "Origin"), "origin '" + origin + "': " + response.headers().map());
            }
        } finally {
            restricted.stop();
        }
    }

    /** Whether a Vary header (one or several, comma-separated) names the request header. */
    private static boolean varies(HttpResponse<?> response, String header) {
        return response.headers().allValues("Vary").stream().flatMap(v -> Arrays.stream(v.split(",")))
                .anyMatch(v -> v.strip().equalsIgnoreCase(header));
    }
}
