package org.talkarchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
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

    /** bench's start-up with an AOT cache (JDK 25): one run writes it on stop, the next cannot start without it. */
    @Test
    void aCacheWrittenByOneRunStartsTheNext() throws Exception {
        ForeignCorpus corpus = ForeignCorpus.in(temp, 3).oneTopic().talks(2, 0);
        Path index = temp.resolve("index");
        new TalkIndexer(TestIndexes.realEmbedder(), null).build(corpus.dir(), index);
        Path cache = temp.resolve("serve.aot");
        String classPath = inJars(temp);
        try (ServeChild training = ServeChild.start(index, "/api/v1/search?q=data",
                List.of("-XX:AOTCacheOutput=" + cache), classPath)) {
            assertTrue(training.startUpMillis() > 0);
        }
        assertTrue(Files.size(cache) > 1_000_000, "the cache is written when the process stops");
        try (ServeChild cached = ServeChild.start(index, "/api/v1/search?q=data",
                List.of("-XX:AOTMode=on", "-XX:AOTCache=" + cache), classPath)) {
            assertTrue(cached.startUpMillis() > 0);
        }
        Files.writeString(cache, "not a cache");
        IOException refused = assertThrows(IOException.class, () -> ServeChild.start(index, "/api/v1/search?q=data",
                List.of("-XX:AOTMode=on", "-XX:AOTCache=" + cache), classPath).close());
        assertTrue(refused.getMessage().startsWith("serve exited with"), refused.getMessage());
    }

    /** This test JVM's class path with each class folder (Maven's target/classes) packed into a jar. */
    private static String inJars(Path temp) throws IOException {
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(entry);
            if (!Files.isDirectory(path)) {
                entries.add(entry);
                continue;
            }
            Path jar = temp.resolve(entries.size() + "-" + path.getFileName() + ".jar");
            try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
                 Stream<Path> files = Files.walk(path)) {
                for (Path file : files.filter(f -> !f.equals(path)).toList()) {
                    String name = path.relativize(file).toString().replace(File.separatorChar, '/');
                    boolean folder = Files.isDirectory(file);
                    out.putNextEntry(new JarEntry(folder ? name + "/" : name)); // Javalin looks for its folders too
                    if (!folder) {
                        Files.copy(file, out);
                    }
                    out.closeEntry();
                }
            }
            entries.add(jar.toString());
        }
        return String.join(File.pathSeparator, entries);
    }
}
