package org.talkarchive.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Sends {@value #REQUESTS} random and hostile requests ({@link HostileInputs}) to every route of the real app on
 * loopback, with a fixed seed printed in the output, and checks every answer: no 5xx, no stack trace, no payload
 * reflected as markup, every API error in the JSON error format, the security headers on everything. Bounded by
 * count and by {@value #TIME_LIMIT_SECONDS} seconds. Prints the slowest request.
 */
class HostileRequestsTest {

    static final int REQUESTS = 10_000;
    static final long TIME_LIMIT_SECONDS = 600;
    /** Fixed; another is chosen with {@code FUZZ_SEED=7 ./mvnw test -Dtest=HostileRequestsTest}. */
    static final long SEED = Long.parseLong(System.getenv().getOrDefault("FUZZ_SEED", "20261201"));
    private static final int THREADS = 2;
    /**
     * Connections closed without an answer that an immediate resend of the same request got answered on. CI saw one
     * in 10,000 requests twice (a cheap /feed.atom and /widget.js, each answered 300 of 300 times when sent alone);
     * more than this many, or a resend dropped too, is a server that drops connections and fails the test.
     */
    private static final int MAX_DROPPED_CONNECTIONS = 3;

    private static final Pattern STACK_TRACE = Pattern.compile(
            "\\bat (?:java|javax|jdk|org|io|gg|com|ai)\\.[\\w.$]+\\(|Caused by: |java\\.lang\\.[A-Z]\\w+(?:Exception|Error)"
                    + "|org\\.eclipse\\.jetty|io\\.javalin\\.|\\w+Exception: ");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Attributes a browser follows as URLs; a javascript: value elsewhere (a form field's value) is inert text. */
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action",
            "formaction", "data", "poster", "srcdoc", "xlink:href");

    private final RunningApp app = RunningApp.get();

    @Test
    void tenThousandHostileRequestsGetSaneAnswers() throws Exception {
        HostileInputs inputs = new HostileInputs(SEED);
        RawHttp http = new RawHttp(app.app.port());
        System.out.println("HostileRequestsTest: seed " + SEED + " (rerun with FUZZ_SEED=" + SEED + "), "
                + REQUESTS + " requests, " + THREADS + " threads");
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        List<String> dropped = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger sent = new AtomicInteger();
        Slowest slowest = new Slowest();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIME_LIMIT_SECONDS);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int offset = t;
            workers.add(pool.submit(() -> {
                for (int i = offset; i < REQUESTS && System.nanoTime() < deadline && failures.size() < 20;
                     i += THREADS) {
                    HostileInputs.Request request = inputs.request(i);
                    long start = System.nanoTime();
                    try {
                        RawHttp.Response response;
                        try {
                            response = http.send(request.method(), request.target(), request.body());
                        } catch (RawHttp.ClosedWithoutAnswer e) {
                            dropped.add("#" + i + " " + request + ": " + e.getMessage());
                            response = http.send(request.method(), request.target(), request.body());
                        }
                        slowest.offer(System.nanoTime() - start, "#" + i + " " + request + " -> " + response.status());
                        String problem = problem(request, response);
                        if (problem != null) {
                            failures.add("#" + i + " " + request + " -> " + response.status() + ": " + problem);
                        }
                    } catch (IOException | RuntimeException | StackOverflowError e) {
                        failures.add("#" + i + " " + request + ": " + e);
                    }
                    sent.incrementAndGet();
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
        System.out.println("HostileRequestsTest: " + sent.get() + " requests, slowest " + slowest);
        dropped.forEach(d -> System.out.println("HostileRequestsTest: connection dropped, answered when resent: " + d));
        failures.forEach(f -> System.out.println("HostileRequestsTest: FAILED " + f));
        assertEquals(List.of(), failures, "seed " + SEED);
        assertTrue(dropped.size() <= MAX_DROPPED_CONNECTIONS, "connections closed without an answer: " + dropped);
        assertEquals(REQUESTS, sent.get(), "time limit of " + TIME_LIMIT_SECONDS + " s reached first");
    }

    /** What is wrong with one answer, or null. */
    static String problem(HostileInputs.Request request, RawHttp.Response response) {
        if (response.status() >= 500) {
            return "server error: " + abbreviate(response.body());
        }
        if (STACK_TRACE.matcher(response.body()).find()) {
            return "stack trace or exception name in the body: " + abbreviate(response.body());
        }
        if (!"nosniff".equals(response.header("X-Content-Type-Options"))
                || response.header("Content-Security-Policy").isEmpty()) {
            return "security headers missing: " + response.headers();
        }
        String type = response.header("Content-Type");
        if (type.startsWith("application/json")) {
            return jsonProblem(request, response);
        }
        if (request.api() && response.status() >= 400) {
            return "an API error that is not JSON: " + type + " " + abbreviate(response.body());
        }
        for (String markup : HostileInputs.REFLECTED_MARKUP) {
            if (response.body().contains(markup)) {
                return "reflected unescaped: " + markup;
            }
        }
        if (type.startsWith("text/html")) {
            for (Element element : Jsoup.parse(response.body()).getAllElements()) {
                for (var attribute : element.attributes()) {
                    if (attribute.getKey().startsWith("on") || URL_ATTRIBUTES.contains(attribute.getKey())
                            && attribute.getValue().strip().toLowerCase().startsWith("javascript:")) {
                        return "script in an attribute: " + element.tagName() + " " + attribute;
                    }
                }
            }
        }
        return null;
    }

    private static String jsonProblem(HostileInputs.Request request, RawHttp.Response response) {
        if ("HEAD".equals(request.method()) || response.status() == 304) {
            return null;
        }
        try {
            JsonNode body = JSON.readTree(response.body());
            if (response.status() >= 400) {
                JsonNode error = body.path("error");
                if (!error.path("code").isTextual() || !error.path("message").isTextual() || !error.has("param")) {
                    return "not the JSON error format: " + abbreviate(response.body());
                }
            }
            return null;
        } catch (IOException e) {
            return "invalid JSON: " + abbreviate(response.body());
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 400 ? s.substring(0, 400) + "…" : s;
    }

    /** The slowest request seen, kept across threads. */
    private static final class Slowest {
        private long nanos = -1;
        private String request = "";

        synchronized void offer(long took, String description) {
            if (took > nanos) {
                nanos = took;
                request = description;
            }
        }

        @Override
        public synchronized String toString() {
            return Duration.ofNanos(nanos).toMillis() + " ms: " + request;
        }
    }

    @Test
    void theInputsCoverEveryRouteAndMethod() {
        HostileInputs inputs = new HostileInputs(SEED);
        List<String> targets = new ArrayList<>();
        List<String> methods = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            HostileInputs.Request request = inputs.request(i);
            targets.add(request.target());
            methods.add(request.method());
        }
        for (String route : HostileInputs.ROUTES) {
            String prefix = route.contains("{x}") ? route.substring(0, route.indexOf("{x}")) : route;
            assertTrue(targets.stream().anyMatch(t -> t.startsWith(prefix)), route);
        }
        assertTrue(methods.containsAll(HostileInputs.METHODS), methods.stream().distinct().toList().toString());
    }
}
