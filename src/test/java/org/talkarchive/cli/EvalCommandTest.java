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
            status = Main.run("eval", "--beir", dir.toString(), "--baseline", "bm25", "--ablations", "bm25f",
                    "--keyword-weights", "0.2:0.65");
        } finally {
            System.setOut(previous);
        }
        String out = captured.toString(StandardCharsets.UTF_8);
        assertEquals(0, status, out);
        assertTrue(out.contains("rules: default") && out.contains("ablated: bm25f")
                && out.contains("keyword weights: 0.2:0.65"), out);
        for (String row : new String[] {"keyword", "semantic", "hybrid", "bm25"}) {
            assertTrue(out.lines().anyMatch(line -> line.matches(row + " +1\\.0000 .*")),
                    row + " should find the one relevant document first:\n" + out);
        }
    }

    @Test
    void aPassageSetIsIndexedAndEachModeAndThePassageBaselineAreReportedInBothScopes(@TempDir Path dir)
            throws IOException {
        Path talks = Files.createDirectories(dir.resolve("corpus/talks"));
        Path captions = Files.createDirectories(dir.resolve("corpus/transcripts"));
        Files.writeString(talks.resolve("t1.md"), """
                ---
                id: t1
                series: "Test"
                date: 2024-01-01
                status: past
                title: "A talk"
                topics: []
                speakers: []
                ---

                Written by the test suite.
                """);
        Files.writeString(captions.resolve("t1.vtt"), """
                WEBVTT

                00:00:00.000 --> 00:00:40.000
                We start with the weather in the mountains, which changes by the hour.

                00:00:40.000 --> 00:01:20.000
                Then we talk about sourdough bread and how long the dough must rise.

                00:01:20.000 --> 00:02:00.000
                Finally the telescope: it measures how bright each star is every thirty minutes.
                """);
        Files.writeString(dir.resolve("queries.tsv"), "q1\tsourdough dough rising\tkeyword\n");
        Files.writeString(dir.resolve("qrels.tsv"), "q1\tt1\t45\t75\n");
        PrintStream previous = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        int status;
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            status = Main.run("eval", "--passages", dir.toString());
        } finally {
            System.setOut(previous);
        }
        String out = captured.toString(StandardCharsets.UTF_8);
        assertEquals(0, status, out);
        for (String row : new String[] {"keyword", "hybrid", "bm25", "keyword in talk", "bm25 in talk"}) {
            assertTrue(out.lines().anyMatch(line -> line.matches(row + " +1\\.0000 +1\\.0000 +1")),
                    row + " should show the judged passage first:\n" + out);
        }
        assertTrue(out.lines().anyMatch(line -> line.matches("semantic in talk +\\S+ +\\S+ +1")), out);
    }
}
