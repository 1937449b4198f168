package org.talkarchive.web;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.talkarchive.index.TalkIndexer;
import org.talkarchive.search.TalkSearcher;
import org.talkarchive.testing.HashingEmbedder;
import org.talkarchive.testing.TestIndexes;

/**
 * A search that reaches its time limit answers at once with what it found, and says so: {@code "partial": true} in
 * the API and a note on the page. The limit is zero here, so every query reaches it.
 */
class PartialResultsTest {

    private static TalkSearcher searcher;
    private static Javalin app;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        Path index = Files.createTempDirectory("partial-results-index");
        HashingEmbedder embedder = new HashingEmbedder();
        new TalkIndexer(embedder, null).build(TestIndexes.corpusDir(), index);
        searcher = TalkSearcher.open(index, embedder);
        searcher.useTimeLimit(Duration.ZERO);
        app = WebApp.create(searcher, WebConfig.defaults(RunningApp.PUBLIC_BASE)).start(0);
    }

    @AfterAll
    static void stop() throws Exception {
        app.stop();
        searcher.close();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aSearchStoppedByItsTimeLimitIsFlaggedPartial() throws Exception {
        HttpResponse<String> api = get("/api/v1/search?q=fairness+dataset");
        HttpResponse<String> page = get("/search?q=fairness+dataset");
        HttpResponse<String> browse = get("/api/v1/search");
        assertAll(
                () -> assertEquals(200, api.statusCode()),
                () -> assertTrue(ApiJson.mapper().readTree(api.body()).path("partial").asBoolean(), api.body()),
                () -> assertEquals(200, page.statusCode()),
                () -> assertTrue(page.body().contains("took too long and was stopped early"), page.body()),
                () -> assertFalse(ApiJson.mapper().readTree(browse.body()).has("partial"), "browsing runs no query"));
    }
}
