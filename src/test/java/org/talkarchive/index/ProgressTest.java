package org.talkarchive.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Progress rewrites one line on a terminal and writes sparse whole lines anywhere else. */
class ProgressTest {

    @Test
    void onATerminalOneLineIsRewrittenInPlaceAndEndedWhenDone() throws InterruptedException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Progress progress = new Progress(new PrintStream(bytes, true, StandardCharsets.UTF_8), "embedding", 3, true);
        progress.advance(1);
        Thread.sleep(300);
        progress.advance(1);
        progress.advance(1);
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(1, out.chars().filter(c -> c == '\n').count(), "one line: " + out);
        assertTrue(out.startsWith("\rembedding: 2/3 ("), out);
        assertTrue(out.contains("\rembedding: 3/3 (") && out.endsWith("\033[K" + System.lineSeparator()), out);
    }

    @Test
    void elsewhereOnlyTheEndWhenTheWorkIsShort() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Progress progress = new Progress(new PrintStream(bytes, true, StandardCharsets.UTF_8), "embedding", 100, false);
        for (int i = 0; i < 100; i++) {
            progress.advance(1);
        }
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(1, out.lines().count(), out);
        assertTrue(out.startsWith("embedding: 100/100 (") && !out.contains("\r"), out);
    }
}
