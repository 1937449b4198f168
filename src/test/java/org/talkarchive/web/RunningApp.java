package org.talkarchive.web;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.talkarchive.embed.Embedder;
import org.talkarchive.index.TalkIndexer;
import org.talkarchive.search.TalkSearcher;
import org.talkarchive.testing.HashingEmbedder;
import org.talkarchive.testing.TestIndexes;

/**
 * The real web app on a random port over the shared real index of the real corpus ({@link TestIndexes}), started
 * once per test JVM and shared by the web tests.
 */
final class RunningApp {

    /** Absolute links in pages and JSON use this, not the test port: it proves the configured base URL is used. */
    static final String PUBLIC_BASE = "https://talks.example.org";

    private static RunningApp instance;

    final TalkSearcher searcher;
    final Javalin app;
    final String base;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private RunningApp(TalkSearcher searcher) {
        this.searcher = searcher;
        this.app = WebApp.create(searcher, WebConfig.defaults(PUBLIC_BASE)).start(0);
        this.base = "http://localhost:" + app.port();
    }

    static synchronized RunningApp get() {
        if (instance == null) {
            instance = new RunningApp(TestIndexes.realCorpus());
            Runtime.getRuntime().addShutdownHook(new Thread(instance.app::stop));
        }
        return instance;
    }


    /**
     * An app whose searcher has been closed underneath it, so every search fails as a real fault would. It has its
     * own small index (hashing embedder) because the shared searcher must stay open.
     */
    static Javalin brokenApp() throws Exception {
        Path index = Files.createTempDirectory("web-test-broken-index");
        Embedder embedder = new HashingEmbedder();
        new TalkIndexer(embedder, null).build(TestIndexes.corpusDir(), index);
        TalkSearcher closed = TalkSearcher.open(index, embedder);
        closed.close();
        return WebApp.create(closed, WebConfig.defaults(PUBLIC_BASE)).start(0);
    }

    HttpResponse<String> get(String pathAndQuery, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(base + pathAndQuery)).GET(), headers);
    }

    HttpResponse<String> send(HttpRequest.Builder request, String... headers) {
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return http.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
