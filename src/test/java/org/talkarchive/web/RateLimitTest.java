package org.talkarchive.web;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The per-address rate limit, over the real app with a budget so small (3 requests, then one per 100 s) that the
 * test is not a race: the flooding client is refused with 429 and Retry-After while a second address is served.
 */
class RateLimitTest {

    private static final RateLimit TINY = new RateLimit(0.01, 3);
    private static Javalin limited;

    @BeforeAll
    static void start() {
        limited = WebApp.create(RunningApp.get().searcher, WebConfig.defaults(RunningApp.PUBLIC_BASE)
                .withRateLimit(TINY)).start(0);
    }

    @AfterAll
    static void stop() {
        limited.stop();
    }

    @Test
    void aFloodingClientGets429WhileAnotherAddressIsStillServed() throws Exception {
        HttpClient first = client("127.0.0.1");
        HttpClient second = client("127.0.0.2");
        for (int i = 0; i < TINY.burst(); i++) {
            assertEquals(200, get(first, "/api/v1/search?q=fairness").statusCode(), "request " + i);
        }
        HttpResponse<String> refused = get(first, "/api/v1/search?q=fairness");
        HttpResponse<String> page = get(first, "/search?q=fairness");
        HttpResponse<String> other = get(second, "/api/v1/search?q=fairness");
        assertAll(
                () -> assertEquals(429, refused.statusCode()),
                () -> assertTrue(Long.parseLong(refused.headers().firstValue("Retry-After").orElse("0")) >= 1,
                        refused.headers().map().toString()),
                () -> assertTrue(refused.body().startsWith("{\"error\":{\"code\":\"rate_limited\""), refused.body()),
                () -> assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/json")),
                () -> assertEquals(429, page.statusCode()),
                () -> assertTrue(page.body().contains("Too many requests"), page.body()),
                () -> assertTrue(page.headers().firstValue("Retry-After").isPresent()),
                () -> assertEquals(200, other.statusCode(), "the second address is served"),
                () -> assertEquals(200, get(first, "/talks/s01e01").statusCode(), "cheap pages are not limited"));
    }

    @Test
    void aNegativeRateIsRefused() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new RateLimit(-1, 10)).getMessage()
                .contains("-1"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new RateLimit(5, 0)).getMessage()
                .contains("burst"));
    }

    private static HttpClient client(String localAddress) throws IOException {
        return HttpClient.newBuilder().localAddress(InetAddress.getByName(localAddress))
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    private static HttpResponse<String> get(HttpClient client, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + limited.port() + path))
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
