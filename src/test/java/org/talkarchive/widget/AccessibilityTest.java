package org.talkarchive.widget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.talkarchive.corpus.CorpusReader;
import org.talkarchive.index.TalkIndexer;
import org.talkarchive.search.TalkSearcher;
import org.talkarchive.testing.CorpusCopy;
import org.talkarchive.testing.HashingEmbedder;
import org.talkarchive.testing.TestIndexes;

/**
 * axe-core (bundled in a Maven Central jar, nothing downloaded at test time) on every page type of the archive, in
 * real Chromium, in the light and the dark colour scheme. Every rule runs, the experimental ones too (that is where
 * label-content-name-mismatch lives); any violation fails the test and is listed with its nodes.
 */
class AccessibilityTest {

    private static final String AXE_SCRIPT = readAxe();
    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa",
            "best-practice", "experimental");

    @TempDir
    static Path profile;

    /** The bundled talks have no transcripts: a copy with captions for s01e01 shows the "search in this talk" box. */
    @TempDir
    static Path withTranscript;

    private static ArchiveServer archive;
    private static ArchiveServer transcriptArchive;
    private static TalkSearcher transcriptSearcher;
    private static Chromium chromium;

    @BeforeAll
    static void start() {
        assertTrue(Chromium.installed(), "needs Debian's chromium and chromium-driver: apt-get install -y chromium "
                + "chromium-driver");
        archive = ArchiveServer.start(TestIndexes.realCorpus());
        transcriptArchive = ArchiveServer.start(transcriptSearcher());
        chromium = Chromium.start(profile);
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
        if (archive != null) {
            archive.close();
        }
        if (transcriptArchive != null) {
            transcriptArchive.close();
        }
        if (transcriptSearcher != null) {
            try {
                transcriptSearcher.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({
        "/, light", "/, dark",
        "/search?q=fairness, light", "/search?q=fairness, dark",
        "/search?q=qqqxqq, light", "/search?q=qqqxqq, dark",
        "/talks/s01e01, light", "/talks/s01e01, dark",
        "/talks/s10-quinn, light", "/talks/s10-quinn, dark",
        "/topics/fairness, light", "/topics/fairness, dark",
        "/datasets/pad-ufes-20, light", "/datasets/pad-ufes-20, dark",
        "/speakers/roxana-daneshjou, light", "/speakers/roxana-daneshjou, dark",
        "/seasons/1, light", "/seasons/1, dark",
        "/series/datasets-through-the-l-king-glass, light", "/series/datasets-through-the-l-king-glass, dark",
        "/talks, light", "/talks, dark",
        "/topics, light", "/topics, dark",
        "/speakers?letter=R, light", "/speakers?letter=R, dark",
        "/datasets, light", "/datasets, dark",
        "/seasons, light", "/seasons, dark",
        "/embed, light", "/embed, dark",
        "/embed/frame?topic=fairness, light", "/embed/frame?topic=fairness, dark",
        "/no/such/page, light", "/no/such/page, dark",
    })
    void pageHasNoAccessibilityViolations(String path, String scheme) {
        check(archive, path, scheme);
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({
        "/talks/s01e01, light", "/talks/s01e01, dark",
        "/talks/s01e01?q=skin+disease+data+sets, light", "/talks/s01e01?q=skin+disease+data+sets, dark",
        "/talks/s01e01?q=qqqxqq, light", "/talks/s01e01?q=qqqxqq, dark",
    })
    void talkPageWithTranscriptAndItsSearchHaveNoAccessibilityViolations(String path, String scheme) {
        check(transcriptArchive, path, scheme);
    }

    private static void check(ArchiveServer server, String path, String scheme) {
        chromium.colorScheme(scheme);
        try {
            chromium.driver().get(server.baseUrl() + path);
            List<String> violations = violations();
            assertEquals(List.of(), violations, path + " in " + scheme + ": " + violations.size() + " violations");
        } finally {
            chromium.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
        }
    }

    /** The real talks with captions for s01e01 made of its abstract's sentences, 15 s apart (plainly test text). */
    private static TalkSearcher transcriptSearcher() {
        try {
            CorpusCopy copy = CorpusCopy.of(withTranscript);
            String[] sentences = CorpusReader.read(copy.dir()).talk("s01e01").orElseThrow().abstractText()
                    .replaceAll("\\s+", " ").split("(?<=\\.) ");
            StringBuilder vtt = new StringBuilder("WEBVTT\n\n");
            for (int i = 0; i < sentences.length; i++) {
                vtt.append("%s --> %s\n%s\n\n".formatted(clock(i * 15), clock(i * 15 + 15), sentences[i]));
            }
            copy.writeTranscript("s01e01", vtt.toString());
            new TalkIndexer(new HashingEmbedder(), null).build(copy.dir(), withTranscript.resolve("index"));
            transcriptSearcher = TalkSearcher.open(withTranscript.resolve("index"), new HashingEmbedder());
            return transcriptSearcher;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String clock(int s) {
        return "%02d:%02d:%02d.000".formatted(s / 3600, s / 60 % 60, s % 60);
    }

    /** Runs axe on the loaded page: one line per violation, "rule (impact): targets". */
    @SuppressWarnings("unchecked")
    private static List<String> violations() {
        chromium.driver().executeScript(AXE_SCRIPT);
        Object result = chromium.driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
                  .then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): '
                      + v.nodes.map(n => n.target.join(' ')).join(', '))))
                  .catch(e => done(['axe failed: ' + e]));
                """, TAGS);
        return new ArrayList<>((List<String>) result);
    }

    private static String readAxe() {
        try (InputStream in = AccessibilityTest.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test classpath (com.deque.html.axe-core)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
