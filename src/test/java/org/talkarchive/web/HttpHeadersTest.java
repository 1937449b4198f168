package org.talkarchive.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
}
