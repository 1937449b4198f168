package org.talkarchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talkarchive.index.TalkIndexer;
import org.talkarchive.testing.ForeignCorpus;
import org.talkarchive.testing.TestIndexes;

/** bench's own {@code serve}: a real child process over a real index, measured and then stopped. */
class ServeChildTest {

    @TempDir
    Path temp;

    @Test
    void servesUntilClosedAndReportsItsStartUpAndMemory() throws Exception {
        ForeignCorpus corpus = ForeignCorpus.in(temp, 3).oneTopic().talks(4, 0);
        Path index = temp.resolve("index");
        new TalkIndexer(TestIndexes.realEmbedder(), null).build(corpus.dir(), index);
        ProcessHandle child;
        try (ServeChild serve = ServeChild.start(index, "/api/v1/search?q=data")) {
            assertTrue(serve.startUpMillis() > 0);
            assertTrue(serve.residentMiB() > 1, "VmRSS of the child, not of this JVM");
            HttpResponse<String> talks = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(serve.base() + "/api/v1/search?size=1")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, talks.statusCode());
            assertTrue(talks.body().contains("\"total\":4"), talks.body());
            child = ProcessHandle.of(serve.pid()).orElseThrow();
            assertTrue(child.parent().map(p -> p.pid() == ProcessHandle.current().pid()).orElse(false));
        }
        assertFalse(child.isAlive(), "closed means stopped");
    }
}
