package org.talkarchive.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Captions in the structures real sources write (fixtures in src/test/resources/captions, see PROVENANCE.md). */
class RealCaptionsTest {

    private static String fixture(String name) {
        try (InputStream in = RealCaptionsTest.class.getResourceAsStream("/captions/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(name, e);
        }
    }

    private static List<Cue> cues(String name) {
        return TranscriptReader.read(fixture(name), TranscriptReader.Format.ofFileName(name), name);
    }

    private static List<Passage> passages(String name) {
        return new PassageBuilder().build("t", cues(name));
    }

    @Test
    void hlsSegmentedWebVttDropsTheRepeatedCueAfterEachHeader() {
        List<Cue> cues = cues("hls-segmented.vtt");
        assertEquals(28, cues.size());
        assertEquals(new Cue(0.506, 3.206, "One of the core goals of", 7), cues.getFirst());
        // The cue before the second header (line 38) is repeated after it (line 45): it is kept once.
        assertEquals(List.of(new Cue(20.706, 23.406, "We define this work as the", 38),
                new Cue(23.406, 26.106, "design of ground truth schema and", 50)), cues.subList(8, 10));
        for (int i = 1; i < cues.size(); i++) {
            assertEquals(true, cues.get(i).start() >= cues.get(i - 1).end(), cues.get(i).toString());
        }
    }

    @Test
    void hlsSegmentedWebVttGivesPassagesAtSentenceEnds() {
        assertEquals(List.of(
                new Passage("t", 0, 0.506, 34.656, "One of the core goals of responsible AI development is ensuring"
                        + " high-quality training datasets. Many researchers have pointed to the importance of the"
                        + " annotation step in the creation of high-quality data, but less attention has been paid to the"
                        + " work that enables data annotation. We define this work as the design of ground truth schema"
                        + " and explore the challenges involved in the creation of datasets in the medical domain even"
                        + " before any annotations are made."),
                new Passage("t", 1, 34.856, 52.156, "We define this work as the design of ground truth schema and"
                        + " explore the challenges involved in the creation of datasets in the medical domain even before"
                        + " any annotations are made. Based on extensive work in three health-tech organisations, we"
                        + " describe five external and internal factors that condition medical dataset creation processes."
                        + " Three external factors include regulatory constraints, the context of creation and use, and"
                        + " commercial and operational pressures."),
                new Passage("t", 2, 52.356, 67.606, "Three external factors include regulatory constraints, the context"
                        + " of creation and use, and commercial and operational pressures. These factors condition medical"
                        + " data collection and shape the ground truth schema design. Two internal factors include"
                        + " epistemic differences and limits of labelling. These directly shape the design of the ground"
                        + " truth schema.")),
                passages("hls-segmented.vtt"));
    }

    @Test
    void hlsQuirksOfSingleFilesAreRead() {
        // An empty line inside a cue, an HTML error page glued to the next header, a repeated cue split by an empty
        // line, entities, and a segment whose X-TIMESTAMP-MAP moves its local times 16 s later.
        assertEquals(List.of(
                new Cue(1.0, 3.5, "In 2023, we released StressID,", 4),
                new Cue(3.5, 6.0, "a multi-modal dataset and benchmark.", 7),
                new Cue(6.2, 9.0, "This talk aims to introduce", 12),
                new Cue(12.0, 14.0, "from the acquisition to its maintenance", 24),
                new Cue(14.0, 15.5, "and release.", 34),
                new Cue(16.0, 17.5, "Questions & answers \u2014 \"thank you\".", 41)), cues("hls-quirks.vtt"));
    }

    @Test
    void webVttWithoutHeaderWithBomAndCrlfIsRead() {
        assertEquals(List.of(
                new Cue(9.443, 11.978, "In 2023, we released StressID,", 4),
                new Cue(11.979, 14.297, "a multi-modal dataset and benchmark.", 7)), cues("no-header-bom-crlf.vtt"));
    }

    @Test
    void youtubeAutoCaptionsKeepEachSpokenLineOnceWithItsTime() {
        List<Cue> cues = cues("youtube-auto.vtt");
        assertEquals(40, cues.size());
        assertEquals(List.of(
                new Cue(2.179, 4.179, "international challenges have become the", 13),
                new Cue(4.189, 6.189, "de facto standard for comparative", 21)), cues.subList(0, 2));
        // After the pause (a cue of spaces from 20.269 to 23.269) the next line starts when it is spoken.
        assertEquals(new Cue(23.269, 25.269, "msda biomedical image analysis challenge", 89), cues.get(9));
        List<Passage> passages = passages("youtube-auto.vtt");
        assertEquals(2, passages.size(), passages.toString());
        assertEquals(2.179, passages.get(0).start());
        assertEquals(55.419, passages.get(0).end());
        assertEquals(55.429, passages.get(1).start());
        assertEquals(85.569, passages.get(1).end());
        String all = String.join(" ", cues.stream().map(Cue::text).toList());
        assertEquals(200, all.split(" ").length, "every word once");
    }

    @Test
    void whisperVttCrossesTheHourWithShortAndLongTimestamps() {
        List<Cue> cues = cues("whisper.vtt");
        assertEquals(7, cues.size());
        assertEquals(3560.0, cues.getFirst().start());
        assertEquals(new Cue(3596.5, 3607.1, "Clinical artificial intelligence (AI) algorithms have the potential to"
                + " improve clinical care, but fair, generalizable algorithms depend on the clinical data on which they"
                + " are trained and tested.", 12), cues.get(3));
        List<Passage> passages = passages("whisper.vtt");
        assertEquals(List.of(3560.0, 3596.5, 3618.7), passages.stream().map(Passage::start).toList());
        assertEquals(List.of(3596.0, 3618.2, 3651.9), passages.stream().map(Passage::end).toList());
    }

    @Test
    void subRipVariantsReadAlike() {
        List<Cue> reference = cues("no-index.srt");
        assertEquals(4, reference.size());
        assertEquals(List.of(1.0, 9.65, 15.5, 28.15), reference.stream().map(Cue::start).toList());
        assertEquals(List.of(9.4, 15.25, 27.9, 38.15), reference.stream().map(Cue::end).toList());
        for (String variant : List.of("dot-millis.srt", "bom-crlf.srt", "no-blank-lines.srt")) {
            List<Cue> cues = cues(variant);
            assertEquals(reference.stream().map(Cue::text).toList(), cues.stream().map(Cue::text).toList(), variant);
            assertEquals(reference.stream().map(Cue::start).toList(), cues.stream().map(Cue::start).toList(), variant);
        }
    }

    @Test
    void plainTextSavedAsCaptionsIsOneProblem() {
        CorpusException e = assertThrows(CorpusException.class, () -> TranscriptReader.read(
                "Speaker 1:\tGood morning.\n\nWelcome to the talk.\n\nThank you.\n", TranscriptReader.Format.VTT, "x.vtt"));
        assertEquals(List.of("x.vtt:1: no cue timings found; a caption file has lines like"
                + " \"00:01:02.500 --> 00:01:05.000\""), e.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void badSubRipTimesAreReportedWithFileAndLine() {
        CorpusException e = assertThrows(CorpusException.class, () -> TranscriptReader.read("""
                1
                00:00:01,000 --> 00:00:02,000
                Fine.

                2
                00:00:03;000 --> 00:00:04,000
                Semicolon.
                """, TranscriptReader.Format.SRT, "corpus/transcripts/t.srt"));
        assertEquals(List.of("corpus/transcripts/t.srt:6: bad timestamp \"00:00:03;000\" (expected hh:mm:ss,mmm)"),
                e.problems().stream().map(Problem::toString).toList());
    }
}
