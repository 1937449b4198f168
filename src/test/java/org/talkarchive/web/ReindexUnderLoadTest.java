package org.talkarchive.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talkarchive.search.TalkSearcher;
import org.talkarchive.testing.CorpusCopy;
import org.talkarchive.testing.ScratchArchive;

/**
 * Rebuilding the index while the app serves: with clients searching (hybrid) all the time, the corpus changes and
 * {@code index} runs twice. No request fails, and after each build the answers come from the new content, without a
 * restart ({@link TalkSearcher#refresh()} is what {@code serve}'s watcher calls every few seconds).
 */
class ReindexUnderLoadTest {

    private static final int CLIENTS = 4;

    @TempDir
    Path dir;

    @Test
    void answersSwitchToTheRebuiltIndexWithoutOneFailedRequest() throws Exception {
        ScratchArchive archive = ScratchArchive.build(dir);
        CorpusCopy corpus = archive.corpus();
        try (TalkSearcher searcher = archive.open()) {
            Javalin app = WebApp.create(searcher, WebConfig.defaults(RunningApp.PUBLIC_BASE)).start(0);
            Load load = new Load(app.port());
            try {
                load.start();
                load.awaitMore(50);
                assertEquals(0, load.total("zyxquokka"));

                corpus.replace("talks/s01e01.md", "title: \"Challenges with", "title: \"Zyxquokka challenges with");
                archive.rebuild();
                assertTrue(searcher.refresh(), "a new generation was published");
                assertEquals(1, load.total("zyxquokka"), "the new title is searchable");
                load.awaitMore(50);

                corpus.replace("talks/s01e01.md", "Zyxquokka challenges", "Quokkazyx challenges");
                archive.rebuild();
                assertTrue(searcher.refresh());
                assertEquals(0, load.total("zyxquokka"), "the old title is gone");
                assertEquals(1, load.total("quokkazyx"));
                load.awaitMore(50);
            } finally {
                load.stop();
                app.stop();
            }
            System.out.println("ReindexUnderLoadTest: " + load.requests.get() + " hybrid searches by " + CLIENTS
                    + " clients across 2 rebuilds, " + load.failures.get() + " failed");
            assertEquals(0, load.failures.get(), "first failure: " + load.firstFailure.get());
        }
    }

    /** Clients searching in hybrid mode in a loop, counting every answer that is not a 200 with a result list. */
    private static final class Load {
        private static final List<String> QUERIES = List.of("fairness in dermatology datasets",
                "shortcut learning", "chest x-ray labels", "zyxquokka", "annotation quality", "quokkazyx");
        private final int port;
        private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicInteger requests = new AtomicInteger();
        private final AtomicInteger failures = new AtomicInteger();
        private final AtomicReference<String> firstFailure = new AtomicReference<>();
        private final List<Thread> threads = new ArrayList<>();

        Load(int port) {
            this.port = port;
        }

        void start() {
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                threads.add(Thread.ofPlatform().name("load-" + c).start(() -> {
                    for (int i = client; running.get(); i++) {
                        search(QUERIES.get(i % QUERIES.size()));
                    }
                }));
            }
        }

        private void search(String query) {
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/api/v1/search?mode=hybrid&q=" + query.replace(' ', '+')))
                        .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200 || !response.body().contains("\"hits\":")) {
                    fail(query + " -> " + response.statusCode() + " " + response.body());
                }
            } catch (Exception e) {
                fail(query + " -> " + e);
            }
            requests.incrementAndGet();
        }

        private void fail(String what) {
            failures.incrementAndGet();
            firstFailure.compareAndSet(null, what);
        }

        /** Waits until the clients have made {@code n} more requests, so each phase is really under load. */
        void awaitMore(int n) throws InterruptedException {
            int target = requests.get() + n;
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (requests.get() < target && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertTrue(requests.get() >= target, "the load generator stalled at " + requests.get());
        }

        /** The total for a keyword search, asked through the API like any client. */
        long total(String word) throws Exception {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/api/v1/search?mode=keyword&q=" + word)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), response.body());
            return ApiJson.mapper().readTree(response.body()).path("total").asLong();
        }

        void stop() throws InterruptedException {
            running.set(false);
            for (Thread thread : threads) {
                thread.join();
            }
        }
    }
}
