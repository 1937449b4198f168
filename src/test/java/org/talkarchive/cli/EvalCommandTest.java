package org.talkarchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `eval --beir` through the real command line: a tiny benchmark, the real model, the baseline and an ablation. */
class EvalCommandTest {

    @Test
    void aBeirFolderIsIndexedAndEveryModeTheBaselineAndEachAblationIsReported(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("corpus.jsonl"), """
                {"_id": "a", "title": "Wing flutter", "text": "Flutter of thin wings at supersonic speed."}
                {"_id": "b", "title": "Boundary layers", "text": "Heat transfer in a laminar boundary layer."}
                {"_id": "c", "title": "Nozzles", "text": "Flow through a convergent nozzle."}
                """);
        Files.writeString(dir.resolve("queries.jsonl"), "{\"_id\": \"1\", \"text\": \"flutter of wings\"}\n");
        Files.writeString(dir.resolve("qrels.trec"), "1 0 a 2\n");
        PrintStream previous = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        int status;
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            status = Main.run("eval", "--beir", dir.toString(), "--baseline", "bm25", "--ablations", "bm25f");
        } finally {
            System.setOut(previous);
        }
        String out = captured.toString(StandardCharsets.UTF_8);
        assertEquals(0, status, out);
        assertTrue(out.contains("rules: default") && out.contains("ablated: bm25f"), out);
        for (String row : new String[] {"keyword", "semantic", "hybrid", "bm25"}) {
            assertTrue(out.lines().anyMatch(line -> line.matches(row + " +1\\.0000 .*")),
                    row + " should find the one relevant document first:\n" + out);
        }
    }
}
