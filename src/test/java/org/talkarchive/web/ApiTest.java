package org.talkarchive.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.talkarchive.index.FacetDimension;
import org.talkarchive.testing.TestIndexes;

/** The JSON API over the real index: every endpoint, every error, and the HTTP details clients rely on. */
class ApiTest {

    private final RunningApp app = RunningApp.get();

    private JsonNode json(HttpResponse<String> response) throws IOException {
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                "content type of " + response.uri());
        return ApiJson.mapper().readTree(response.body());
    }

    private JsonNode ok(String path) throws IOException {
        HttpResponse<String> response = app.get(path);
        assertEquals(200, response.statusCode(), path + " -> " + response.body());
        return json(response);
    }

    @Test
    void searchReturnsHitsWithHighlightsFacetsAndTiming() throws IOException {
        JsonNode body = ok("/api/v1/search?q=cardiac&mode=keyword");
        assertEquals(1, body.get("total").asInt());
        JsonNode hit = body.get("hits").get(0);
        assertEquals("s07e02", hit.get("id").asText());
        assertEquals(RunningApp.PUBLIC_BASE + "/talks/s07e02", hit.get("url").asText());
        assertTrue(hit.get("snippets").toString().contains("<mark>"), hit.toString());
        assertTrue(body.get("took_ms").isIntegralNumber());
        for (FacetDimension dim : List.of(FacetDimension.TOPIC, FacetDimension.SEASON, FacetDimension.STATUS)) {
            assertTrue(body.get("facets").has(dim.field()), "facet " + dim.field());
        }
    }

    @Test
    void everyFacetDimensionIsAcceptedAsAFilter() throws IOException {
        JsonNode all = ok("/api/v1/search?size=1");
        for (FacetDimension dim : FacetDimension.values()) {
            JsonNode values = all.get("facets").path(dim.field()).path("values");
            if (dim == FacetDimension.INFERRED_TOPIC || dim == FacetDimension.SOURCE_TAG) {
                continue; // bundled talks are tagged by hand and come from the series' site: no source tags
            }
            assertFalse(values.isEmpty(), "no values for facet " + dim.field());
            JsonNode first = values.get(0);
            JsonNode filtered = ok("/api/v1/search?size=100&" + dim.field() + "="
                    + SearchUrls.encode(first.get("value").asText()));
            assertEquals(first.get("count").asInt(), filtered.get("total").asInt(),
                    dim.field() + "=" + first.get("value"));
        }
    }

    @Test
    void facetLimitListsTheFirstValuesOfEachDimensionAndCountsThemAll() throws IOException {
        JsonNode all = ok("/api/v1/search?facet_limit=1000").get("facets");
        JsonNode limited = ok("/api/v1/search?facet_limit=2").get("facets");
        for (FacetDimension dim : FacetDimension.values()) {
            JsonNode full = all.get(dim.field());
            JsonNode cut = limited.get(dim.field());
            assertEquals(full.get("values").size(), full.get("value_count").asInt(), dim.field());
            assertEquals(full.get("value_count"), cut.get("value_count"), dim.field());
            assertEquals(Math.min(2, full.get("values").size()), cut.get("values").size(), dim.field());
            for (int i = 0; i < cut.get("values").size(); i++) {
                assertEquals(full.get("values").get(i), cut.get("values").get(i), dim.field() + " keeps its order");
            }
        }
        JsonNode topics = all.get("topic").get("values");
        String last = topics.get(topics.size() - 1).get("value").asText();
        JsonNode selected = ok("/api/v1/search?facet_limit=1&topic=" + last).get("facets").get("topic").get("values");
        assertEquals(2, selected.size(), "the first value and the selected one, so it can be unselected");
        assertEquals(last, selected.get(1).get("value").asText());
        int defaultLimit = ok("/api/v1/search").get("facets").get("topic").get("values").size();
        assertEquals(Math.min(FacetLimit.DEFAULT, topics.size()), defaultLimit);
    }

    @Test
    void valuesOfOneFacetAreOredAndDimensionsAnded() throws IOException {
        int dermatology = ok("/api/v1/search?topic=dermatology").get("total").asInt();
        int fairness = ok("/api/v1/search?topic=fairness").get("total").asInt();
        int either = ok("/api/v1/search?topic=dermatology&topic=fairness").get("total").asInt();
        int both = ok("/api/v1/search?topic=dermatology&season=1").get("total").asInt();
        assertTrue(either >= Math.max(dermatology, fairness) && either <= dermatology + fairness);
        assertTrue(both <= dermatology && both > 0);
    }

    @Test
    void pagingWalksThroughEveryTalkOnce() throws IOException {
        int total = ok("/api/v1/search?size=1").get("total").asInt();
        Set<String> seen = new HashSet<>();
        for (int page = 1; (page - 1) * 7 < total; page++) {
            ok("/api/v1/search?sort=date&size=7&page=" + page).get("hits").forEach(h -> seen.add(h.get("id").asText()));
        }
        assertEquals(TestIndexes.corpusTalks(), total);
        assertEquals(total, seen.size());
    }

    @Test
    void talkHasSpeakersTopicsAndCitation() throws IOException {
        JsonNode talk = ok("/api/v1/talks/s01e01");
        assertEquals("s01e01", talk.get("id").asText());
        assertEquals("S01E01", talk.get("code").asText());
        assertEquals(1, talk.get("season").asInt());
        assertFalse(talk.get("speakers").get(0).get("bio").asText().isBlank());
        assertTrue(talk.get("bibtex").asText().startsWith("@misc{s01e01,"));
    }

    @Test
    void upcomingTalkHasNoDate() throws IOException {
        JsonNode talk = ok("/api/v1/talks/s10-quinn");
        assertEquals("upcoming", talk.get("status").asText());
        assertTrue(talk.get("date").isNull());
        assertTrue(talk.get("episode").isNull());
    }

    @Test
    void relatedTalksComeWithReasonsAndNeverTheTalkItself() throws IOException {
        JsonNode body = ok("/api/v1/talks/s01e01/related?limit=4");
        assertEquals(4, body.get("related").size());
        for (JsonNode r : body.get("related")) {
            assertFalse(r.get("id").asText().equals("s01e01"));
            assertTrue(r.get("reasons").size() > 0, r.toString());
        }
    }

    @Test
    void topicsDatasetsAndSpeakersListTheArchive() throws IOException {
        JsonNode topics = ok("/api/v1/topics").get("topics");
        assertTrue(topics.size() > 5);
        int tagged = 0;
        for (JsonNode t : topics) {
            tagged += t.get("talks").asInt();
        }
        assertTrue(tagged >= 30, "every talk has at least one topic, curated or inferred");
        JsonNode datasets = ok("/api/v1/datasets").get("datasets");
        assertTrue(datasets.size() > 5);
        JsonNode speakers = ok("/api/v1/speakers").get("speakers");
        List<String> talksOfSpeakers = new ArrayList<>();
        speakers.forEach(s -> s.get("talks").forEach(t -> talksOfSpeakers.add(t.asText())));
        assertEquals(TestIndexes.corpusTalks(), new HashSet<>(talksOfSpeakers).size(), "every talk has a speaker");
    }

    @Test
    void suggestCompletesATopicAndIgnoresEmptyInput() throws IOException {
        assertEquals("Dermatology", ok("/api/v1/suggest?q=derm").get("suggestions").get(0).get("text").asText());
        assertEquals(0, ok("/api/v1/suggest?q=").get("suggestions").size());
    }

    @Test
    void openApiDocumentIsServedWithTheConfiguredServer() throws IOException {
        JsonNode doc = ok("/api/v1/openapi.json");
        assertEquals("3.1.0", doc.get("openapi").asText());
        assertEquals(RunningApp.PUBLIC_BASE, doc.get("servers").get(0).get("url").asText());
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', value = {
        "/api/v1/search?mode=fuzzy|400|bad_mode|mode",
        "/api/v1/search?size=101|400|bad_size|size",
        "/api/v1/search?size=0|400|bad_size|size",
        "/api/v1/search?size=ten|400|bad_size|size",
        "/api/v1/search?page=0|400|bad_page|page",
        "/api/v1/search?page=two|400|bad_page|page",
        "/api/v1/search?sort=random|400|bad_sort|sort",
        "/api/v1/search?colour=blue|400|unknown_facet|colour",
        "/api/v1/search?facet_limit=0|400|bad_facet_limit|facet_limit",
        "/api/v1/search?facet_limit=1001|400|bad_facet_limit|facet_limit",
        "/api/v1/search?facet_limit=all|400|bad_facet_limit|facet_limit",
        "/api/v1/search?q=a&q=b|400|repeated_parameter|q",
        "/api/v1/search?q=a&talk=s99e99|400|unknown_talk|talk",
        "/api/v1/search?q=a&talk=S01E01%3Cb%3E|400|bad_talk|talk",
        "/api/v1/search?q=a&talk=s01e01&talk=s01e02|400|repeated_parameter|talk",
        "/api/v1/talks/s01e01/related?limit=99|400|bad_limit|limit",
        "/api/v1/topics?x=1|400|unknown_parameter|x",
        "/api/v1/talks/s01e01?x=1|400|unknown_parameter|x",
        "/api/v1/talks/s99e99|404|not_found|",
        "/api/v1/talks/s99e99/related|404|not_found|",
        "/api/v1/nothing-here|404|not_found|",
    })
    void badRequestsGetAJsonErrorNamingTheParameter(String path, int status, String code, String param)
            throws IOException {
        HttpResponse<String> response = app.get(path);
        assertEquals(status, response.statusCode(), response.body());
        JsonNode error = json(response).get("error");
        assertEquals(code, error.get("code").asText());
        assertFalse(error.get("message").asText().isBlank());
        if (param == null) {
            assertTrue(error.get("param").isNull());
        } else {
            assertEquals(param, error.get("param").asText());
        }
    }

    @Test
    void queryOver500CharactersIsRefused() throws IOException {
        HttpResponse<String> response = app.get("/api/v1/search?q=" + "a".repeat(501));
        assertEquals(400, response.statusCode());
        assertEquals("query_too_long", json(response).get("error").get("code").asText());
        assertEquals(200, app.get("/api/v1/search?q=" + "a".repeat(500)).statusCode());
    }

    @Test
    void writeMethodsAreNotAllowed() throws IOException {
        for (String method : List.of("POST", "PUT", "DELETE")) {
            HttpResponse<String> response = app.send(HttpRequest.newBuilder(URI.create(app.base + "/api/v1/search"))
                    .method(method, HttpRequest.BodyPublishers.ofString("{}")));
            assertEquals(405, response.statusCode(), method);
            assertEquals("method_not_allowed", json(response).get("error").get("code").asText());
            assertTrue(response.headers().firstValue("Allow").orElse("").contains("GET"));
        }
    }

    @Test
    void serverFailureIsA500WithoutStackTrace() throws Exception {
        // A real failure: the app's searcher is closed underneath it.
        var broken = RunningApp.brokenApp();
        try {
            HttpResponse<String> response = app.send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + broken.port() + "/api/v1/search?q=bias")).GET());
            assertEquals(500, response.statusCode());
            JsonNode error = json(response).get("error");
            assertEquals("internal_error", error.get("code").asText());
            assertFalse(response.body().contains("Exception"), response.body());
            assertFalse(response.body().contains("at org."), response.body());
            HttpResponse<String> page = app.send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + broken.port() + "/search?q=bias")).GET());
            assertEquals(500, page.statusCode());
            assertFalse(page.body().contains("Exception"));
        } finally {
            broken.stop();
        }
    }

    @Test
    void anyOriginMayReadTheApiButNeverWithCredentials() {
        HttpResponse<String> response = app.get("/api/v1/topics", "Origin", "https://blog.example.com");
        assertEquals("*", response.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        assertNull(response.headers().firstValue("Access-Control-Allow-Credentials").orElse(null));
        HttpResponse<String> preflight = app.send(HttpRequest.newBuilder(URI.create(app.base + "/api/v1/search"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()),
                "Origin", "https://blog.example.com", "Access-Control-Request-Method", "GET");
        assertEquals(204, preflight.statusCode());
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("GET"));
        assertNull(preflight.headers().firstValue("Access-Control-Allow-Credentials").orElse(null));
    }

    @Test
    void configuredOriginsAloneGetCorsHeaders() {
        var restricted = WebApp.create(app.searcher,
                new WebConfig(List.of("https://allowed.example"), List.of(), RunningApp.PUBLIC_BASE)).start(0);
        try {
            String url = "http://localhost:" + restricted.port() + "/api/v1/topics";
            HttpResponse<String> allowed = app.send(HttpRequest.newBuilder(URI.create(url)).GET(),
                    "Origin", "https://allowed.example");
            assertEquals("https://allowed.example",
                    allowed.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
            assertTrue(allowed.headers().firstValue("Vary").orElse("").contains("Origin"));
            HttpResponse<String> other = app.send(HttpRequest.newBuilder(URI.create(url)).GET(),
                    "Origin", "https://evil.example");
            assertNull(other.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        } finally {
            restricted.stop();
        }
    }

    @Test
    void getsCarryAnEtagAndAnswer304WhenItMatches() {
        for (String path : List.of("/api/v1/search?q=bias", "/api/v1/talks/s01e01", "/api/v1/topics", "/talks/s01e01",
                "/sitemap.xml")) {
            HttpResponse<String> first = app.get(path);
            String etag = first.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag on " + path));
            assertTrue(etag.startsWith("\"") && etag.endsWith("\""), etag);
            assertTrue(first.headers().firstValue("Cache-Control").orElse("").contains("max-age"), path);
            HttpResponse<String> again = app.get(path, "If-None-Match", etag);
            assertEquals(304, again.statusCode(), path);
            assertEquals("", again.body());
        }
    }

    @Test
    void largeResponsesAreGzipped() throws IOException {
        HttpResponse<byte[]> response;
        try {
            response = app.http.send(HttpRequest.newBuilder(URI.create(app.base + "/api/v1/search?size=30"))
                    .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        assertEquals("gzip", response.headers().firstValue("Content-Encoding").orElse(null));
        try (var in = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
            JsonNode body = ApiJson.mapper().readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            assertEquals(TestIndexes.corpusTalks(), body.get("hits").size());
        }
    }
}
