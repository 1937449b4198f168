package org.talkarchive.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the writer writes, the reader reads back as the same talk, whatever the text holds. */
class TalkFileWriterTest {

    @TempDir
    Path root;

    @Test
    void talkWithAwkwardTextReadsBackUnchanged() throws IOException {
        Talk talk = new Talk("yes", "PyCon: \"US\" 2019 # not a comment", null, null, LocalDate.of(2019, 5, 4),
                TalkStatus.PAST, "null", List.of(new Speaker("Ana\tPérez \\ 👀", null, "Denmark", null, ""),
                        new Speaker("- Bo: [x]", "ITU, {Copenhagen}", null, "https://example.org/bo", "Line one.\nLine two.")),
                "https://youtu.be/hDKuw28ATe4", List.of(), List.of("a, b", "#tag", "'quoted'"), "en",
                List.of(new Chapter(0, "Intro: why"), new Chapter(3723, "Q&A \u0007 bell")),
                "First paragraph with: a colon.\r\n\r\n---\n\nSecond paragraph after a rule.\u200B", "talks/yes.md");
        Path corpus = root.resolve("corpus");
        Files.createDirectories(corpus.resolve("talks"));
        Files.writeString(corpus.resolve("talks/yes.md"), TalkFileWriter.write(talk), StandardCharsets.UTF_8);

        Talk read = CorpusReader.read(corpus).talk("yes").orElseThrow();
        Talk expected = new Talk(talk.id(), talk.series(), null, null, talk.date(), talk.status(), talk.title(),
                talk.speakers(), talk.video(), talk.topics(), talk.tags(), talk.language(), talk.chapters(),
                "First paragraph with: a colon.\n\n---\n\nSecond paragraph after a rule.\u200B", talk.file());
        assertEquals(expected, read);
        assertEquals(TalkFileWriter.write(talk), TalkFileWriter.write(read), "the same talk gives the same bytes");
    }
}
