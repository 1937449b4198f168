package org.talkarchive.web;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.talkarchive.embed.Embedder;
import org.talkarchive.index.TalkIndexer;
import org.talkarchive.search.TalkSearcher;
import org.talkarchive.testing.HashingEmbedder;

/**
 * The real app over its own index of a corpus written by the test (a foreign archive, or one that changes), built
 * with the small deterministic embedder; {@link RunningApp} is the shared one over the bundled corpus.
 */
final class ServedArchive implements AutoCloseable {

    private final HttpClient http = HttpClient.newHttpClient();
    private final Embedder embedder = new HashingEmbedder();
    private final Path corpus;
    private final Path index;
    final TalkSearcher searcher;
    final Javalin app;

    private ServedArchive(Path corpus, Path index) throws IOException {
        this.corpus = corpus;
        this.index = index;
        new TalkIndexer(embedder, null).build(corpus, index);
        this.searcher = TalkSearcher.open(index, embedder);
        this.app = WebApp.create(searcher, WebConfig.defaults(RunningApp.PUBLIC_BASE)).start(0);
    }

    static ServedArchive build(Path corpus, Path index) throws IOException {
        return new ServedArchive(corpus, index);
    }

    /** Indexes the corpus again and switches the running app to the new index, as {@code serve} does by itself. */
    void reindex() throws IOException {
        new TalkIndexer(embedder, null).build(corpus, index);
        searcher.refresh();
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Override
    public void close() throws IOException {
        app.stop();
        searcher.close();
    }
}
