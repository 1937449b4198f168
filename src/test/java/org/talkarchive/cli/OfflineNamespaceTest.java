package org.talkarchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talkarchive.testing.TestIndexes;

/**
 * No network at run time: {@code index} and {@code serve} run in a network namespace that has only loopback
 * ({@code unshare -n}, which needs root, as in CI) and both work; a client inside the namespace searches the served
 * archive. A missing {@code unshare}, {@code ip} or {@code curl}, or no permission, fails the test: it never skips.
 */
class OfflineNamespaceTest {

    /** A port of the fresh namespace, where nothing else listens. */
    private static final int PORT = 7070;

    @TempDir
    Path dir;

    @Test
    void indexAndServeWorkWithOnlyLoopback() throws Exception {
        for (String tool : List.of("unshare", "ip", "curl")) {
            assertEquals(0, new ProcessBuilder("sh", "-c", "command -v " + tool).start().waitFor(),
                    tool + " is needed for this test (CI installs util-linux, iproute2 and curl)");
        }
        Path script = dir.resolve("offline.sh");
        Files.writeString(script, """
                set -eu
                ip link set lo up
                # Only loopback: anything that tried to reach the network would fail here.
                ip -o link show | grep -v ': lo:' && { echo "more than loopback in the namespace"; exit 3; } || true
                "$JAVA" -Xmx768m -cp "$CP" org.talkarchive.cli.Main index --corpus "$CORPUS" --index "$DIR/index"
                "$JAVA" -Xmx768m -cp "$CP" org.talkarchive.cli.Main serve --index "$DIR/index" --port "$PORT" \\
                    --reload-seconds 0 > "$DIR/serve.log" 2>&1 &
                server=$!
                trap 'kill $server 2>/dev/null || true' EXIT
                for attempt in $(seq 1 180); do
                  if curl -fsS "http://127.0.0.1:$PORT/api/v1/search?q=fairness+dermatology" -o "$DIR/answer.json"; then
                    break
                  fi
                  kill -0 $server || { echo "serve exited"; cat "$DIR/serve.log"; exit 4; }
                  sleep 1
                done
                curl -fsS "http://127.0.0.1:$PORT/search?q=shortcut+learning" -o "$DIR/page.html"
                """, StandardCharsets.UTF_8);
        ProcessBuilder builder = new ProcessBuilder("unshare", "-n", "--", "sh", script.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("out.log").toFile());
        builder.environment().put("JAVA", ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        builder.environment().put("CP", System.getProperty("java.class.path"));
        builder.environment().put("CORPUS", TestIndexes.corpusDir().toString());
        builder.environment().put("DIR", dir.toString());
        builder.environment().put("PORT", String.valueOf(PORT));
        Process process = builder.start();
        boolean finished = process.waitFor(10, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly();
        }
        String log = Files.readString(dir.resolve("out.log"));
        assertTrue(finished, "timed out: " + log);
        assertEquals(0, process.exitValue(), "index and serve in `unshare -n` (as root):\n" + log);
        assertTrue(log.contains("indexed 30 talks"), log);
        String answer = Files.readString(dir.resolve("answer.json"));
        assertTrue(answer.contains("\"id\":\"s01e01\""), answer);
        String page = Files.readString(dir.resolve("page.html"));
        assertTrue(page.contains("“shortcut learning”") && page.contains("href=\"/talks/"), page);
    }
}
