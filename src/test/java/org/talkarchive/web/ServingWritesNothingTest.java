package org.talkarchive.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talkarchive.search.TalkSearcher;
import org.talkarchive.testing.ScratchArchive;

/**
 * The web app only reads: after every route has been called with every method, the corpus and the index folder are
 * byte for byte what they were (same files, sizes, contents, modification times), and no method but GET, HEAD and
 * OPTIONS is accepted anywhere. Reindexing is a command, not an endpoint.
 */
class ServingWritesNothingTest {

    private static final List<String> PATHS = List.of("/", "/search", "/search?q=fairness", "/talks/s01e01",
            "/topics/fairness", "/seasons/1", "/speakers/roxana-daneshjou", "/feed.atom", "/upcoming.ics", "/embed",
            "/embed/frame", "/widget.js", "/api/v1/search?q=fairness", "/api/v1/talks/s01e01",
            "/api/v1/talks/s01e01/related", "/api/v1/topics", "/api/v1/datasets", "/api/v1/speakers",
            "/api/v1/suggest?q=fair", "/api/v1/openapi.json", "/api/v1/reindex", "/reindex", "/admin");

    @TempDir
    Path dir;

    @Test
    void servingEveryRouteWithEveryMethodChangesNoFile() throws Exception {
        ScratchArchive archive = ScratchArchive.build(dir);
        Map<String, String> before = snapshot(dir);
        try (TalkSearcher searcher = archive.open()) {
            Javalin app = WebApp.create(searcher, WebConfig.defaults(RunningApp.PUBLIC_BASE)).start(0);
            try {
                RawHttp http = new RawHttp(app.port());
                for (String path : PATHS) {
                    for (String method : List.of("GET", "HEAD", "OPTIONS", "POST", "PUT", "DELETE", "PATCH")) {
                        int status = http.send(method, path, method.startsWith("P") ? "q=x&rebuild=1" : null).status();
                        if (!List.of("GET", "HEAD", "OPTIONS").contains(method)) {
                            assertTrue(status == 404 || status == 405, method + " " + path + " -> " + status);
                        } else {
                            assertTrue(status < 500, method + " " + path + " -> " + status);
                        }
                    }
                }
                searcher.refresh();
            } finally {
                app.stop();
            }
        }
        assertEquals(before, snapshot(dir));
    }

    /** Every file under a folder: relative path to size, modification time and content hash. */
    private static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.forEach(p -> {
                try {
                    String what = Files.isDirectory(p) ? "dir"
                            : Files.size(p) + " " + Files.getLastModifiedTime(p) + " "
                            + HttpCaching.sha256(new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
                    out.put(root.relativize(p).toString(), what);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return out;
    }
}
