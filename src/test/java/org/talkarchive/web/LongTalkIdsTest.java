package org.talkarchive.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every id the corpus accepts is reachable: PyVideo slugs run to 82 characters (speaker and title, plus "-2" for a
 * repeat), and the API once refused ids over 81 with a 404. Real index and app on a random port.
 */
class LongTalkIdsTest {

    /** A real PyVideo slug (82 characters) and a longer one: the corpus sets no length limit. */
    private static final String PYVIDEO = "petr-viktorin-bytecodes-and-stacks-a-look-at-cpythons-compiler-and-its-execution-2";
    private static final String LONGER = "a-" + "very-long-title-".repeat(12) + "end";

    @TempDir
    Path temp;

    @Test
    void apiAndPagesAnswerForIdsOfAnyLengthTheCorpusAccepts() throws Exception {
        Path corpus = temp.resolve("corpus");
        Files.createDirectories(corpus.resolve("talks"));
        Files.writeString(corpus.resolve("topics.yml"), "[]\n");
        for (String id : new String[] {PYVIDEO, LONGER}) {
            Files.writeString(corpus.resolve("talks/" + id + ".md"), """
                    ---
                    id: %s
                    series: PyCon US 2019
                    date: 2019-05-03
                    status: past
                    title: "A talk whose id has %d characters"
                    speakers: []
                    ---
                    An abstract.
                    """.formatted(id, id.length()), StandardCharsets.UTF_8);
        }
        try (ServedArchive archive = ServedArchive.build(corpus, temp.resolve("index"))) {
            for (String id : new String[] {PYVIDEO, LONGER}) {
                assertEquals(200, archive.get("/api/v1/talks/" + id).statusCode(), id);
                assertEquals(200, archive.get("/api/v1/talks/" + id + "/related").statusCode(), id);
                assertEquals(200, archive.get("/talks/" + id).statusCode(), id);
            }
            assertEquals(404, archive.get("/api/v1/talks/" + LONGER + "-x").statusCode());
            assertEquals(404, archive.get("/api/v1/talks/Not-An-Id").statusCode());
        }
    }
}
