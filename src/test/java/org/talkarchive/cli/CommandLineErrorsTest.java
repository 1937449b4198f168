package org.talkarchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talkarchive.testing.CliProcess;
import org.talkarchive.testing.ForeignCorpus;

/** What a user can get wrong on the command line is one line naming the file and line, or the option; exit 1 or 2. */
class CommandLineErrorsTest {

    @TempDir
    Path temp;

    @Test
    void corpusProblemsAreOneLineEachWithFileAndLine() throws Exception {
        ForeignCorpus corpus = ForeignCorpus.in(temp, 3).oneTopic().talk("a", "", "An abstract.")
                .talk("b", "Fine", "An abstract.");
        corpus.write("transcripts/b.srt", "1\n00:00:01,000 --> 00:00:0x,000\nHello.\n");
        List<String> lines = run(1, "index", "--corpus", corpus.dir().toString(), "--index", temp.resolve("i").toString(),
                "--model", IndexFaultsTest.MODEL);
        // The model loads on its own thread and may log around them (logging is not this test's subject).
        List<String> expected = List.of("foreign/talks/a.md:7: title is empty",
                "foreign/transcripts/b.srt:2: bad timestamp \"00:00:0x,000\" (expected hh:mm:ss,mmm)",
                "2 problem(s); nothing was indexed, the previous index is unchanged.");
        assertTrue(Collections.indexOfSubList(lines, expected) >= 0, lines.toString());
    }

    @Test
    void missingFoldersAndUnknownModelsAreOneLine() throws Exception {
        assertEquals("search: no index in nowhere: build one first with `index --corpus corpus --index nowhere`",
                run(1, "search", "--index", "nowhere", "data").getLast());
        List<String> model = run(1, "index", "--corpus", "corpus", "--model", "no-such-model");
        assertTrue(model.stream().anyMatch(line -> line.startsWith("index: ") && line.contains("no-such-model")),
                model.toString());
        List<String> corpus = run(1, "index", "--corpus", "no-such-folder", "--index", "i", "--model",
                IndexFaultsTest.MODEL);
        assertTrue(corpus.contains("no-such-folder: is not a folder"), corpus.toString());
    }

    @Test
    void badOptionValuesNameTheOption() throws Exception {
        List<String> lines = run(2, "serve", "--port", "seventy");
        assertEquals(List.of("serve: invalid value for option '--port': 'seventy' is not an int (see serve --help)"),
                lines.subList(lines.size() - 1, lines.size()));
        List<String> heap = run(2, "bench", "--queries", "q.tsv", "--serve-heap", "lots");
        assertEquals(List.of("bench: --serve-heap must be a size as java's -Xmx takes it (384m, 1g), not 'lots' "
                + "(see bench --help)"), heap.subList(heap.size() - 1, heap.size()));
    }

    @Test
    void keywordWeightsOutOfOrderAreRefusedBeforeAnythingIsBuilt() throws Exception {
        List<String> lines = run(2, "eval", "--queries", "q.tsv", "--qrels", "r.tsv", "--keyword-weights", "0.9:0.1");
        assertEquals(List.of("eval: keyword weights need 0 <= min <= max <= 1: 0.9:0.1 (see eval --help)"),
                lines.subList(lines.size() - 1, lines.size()));
    }

    /** The JVM may warn first ("Using incubator modules"); what the archive says comes last. */
    private List<String> run(int exit, String... args) throws InterruptedException {
        CliProcess process = CliProcess.start(temp, args);
        assertEquals(exit, process.waitFor(IndexFaultsTest.RUN), process.output());
        DamagedIndexTest.assertNoStackTrace(process.output());
        return process.output().lines().toList();
    }
}
