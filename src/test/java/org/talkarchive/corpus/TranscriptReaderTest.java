package org.talkarchive.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class TranscriptReaderTest {

    @Test
    void webVttCuesKeepTheirTimesAndDropTagsNotesAndCueIds() {
        List<Cue> cues = TranscriptReader.read("""
                WEBVTT
                Kind: captions
                Language: en

                NOTE written by hand

                intro
                00:00:01.500 --> 00:00:04.000 align:start position:0%
                Welcome to <c>Datasets</c> through the Looking-Glass.

                01:02.250 --> 01:05.000
                Short timestamps without hours are valid WebVTT.

                01:00:00.000 --> 01:00:02.000
                An hour in.
                """, TranscriptReader.Format.VTT, "corpus/transcripts/s01e01.vtt");
        assertEquals(List.of(
                new Cue(1.5, 4.0, "Welcome to Datasets through the Looking-Glass.", 8),
                new Cue(62.25, 65.0, "Short timestamps without hours are valid WebVTT.", 11),
                new Cue(3600.0, 3602.0, "An hour in.", 14)), cues);
    }

    @Test
    void youtubeRollingCaptionsDoNotRepeatTheCarriedLine() {
        List<Cue> cues = TranscriptReader.read("""
                WEBVTT

                00:00:00.000 --> 00:00:02.000
                so today I will talk

                00:00:02.000 --> 00:00:04.000
                so today I will talk
                about<00:00:02.500><c> skin</c> lesion datasets
                """, TranscriptReader.Format.VTT, "t.vtt");
        assertEquals(List.of("so today I will talk", "about skin lesion datasets"), cues.stream().map(Cue::text).toList());
    }

    @Test
    void subRipCuesUseCommaMilliseconds() {
        List<Cue> cues = TranscriptReader.read("""
                1
                00:00:01,000 --> 00:00:03,200
                First line
                second line.

                2
                00:00:03,200 --> 00:00:05,000
                Next.
                """, TranscriptReader.Format.SRT, "t.srt");
        assertEquals(List.of(new Cue(1.0, 3.2, "First line second line.", 2), new Cue(3.2, 5.0, "Next.", 7)), cues);
    }

    @Test
    void badTimestampsAreReportedWithFileAndLine() {
        CorpusException e = assertThrows(CorpusException.class, () -> TranscriptReader.read("""
                WEBVTT

                00:00:01.000 --> 00:00:02.000
                Fine.

                00:00:03,000 --> 00:00:04.000
                Comma in a WebVTT file.

                00:00:09.000 --> 00:00:05.000
                Ends before it starts.

                just text where a timing should be
                """, TranscriptReader.Format.VTT, "corpus/transcripts/s02e01.vtt"));
        assertEquals(List.of(
                "corpus/transcripts/s02e01.vtt:6: bad timestamp \"00:00:03,000\" (expected hh:mm:ss.mmm)",
                "corpus/transcripts/s02e01.vtt:9: cue ends (00:00:05.000) before it starts (00:00:09.000)",
                "corpus/transcripts/s02e01.vtt:12: expected a cue timing line like \"00:01:02.500 --> 00:01:05.000\","
                        + " found \"just text where a timing should be\""),
                e.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void webVttStartingWithTextIsRejected() {
        CorpusException e = assertThrows(CorpusException.class, () -> TranscriptReader.read(
                "Captions\n\n00:00:01.000 --> 00:00:02.000\nHi.\n", TranscriptReader.Format.VTT, "x.vtt"));
        assertEquals("x.vtt:1: a WebVTT file must start with the line WEBVTT", e.problems().getFirst().toString());
    }
}
