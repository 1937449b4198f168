package org.talkarchive.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PassageBuilderTest {

    /** Twenty sentences of ten seconds each, two per cue, the second one running into the next cue. */
    private static List<Cue> lecture() {
        List<Cue> cues = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            cues.add(new Cue(i * 10, i * 10 + 10, "Sentence " + i + " is about datasets.", i * 4 + 3));
        }
        return cues;
    }

    @Test
    void passagesLastThirtyToSixtySecondsAndKeepTheirTimes() {
        List<Passage> passages = new PassageBuilder().build("s01e01", lecture());
        assertTrue(passages.size() >= 3, passages.toString());
        for (Passage p : passages.subList(0, passages.size() - 1)) {
            // Timed from its first new sentence: the 10 s sentence it repeats is the previous passage's.
            double length = p.end() - p.start();
            double floor = p.ordinal() == 0 ? 30 : 20;
            assertTrue(length >= floor && length <= 60, p.toString());
            assertEquals("s01e01", p.talkId());
        }
        assertEquals(0.0, passages.getFirst().start());
        assertEquals(200.0, passages.getLast().end());
        for (int i = 0; i < passages.size(); i++) {
            assertEquals(i, passages.get(i).ordinal());
        }
    }

    @Test
    void passagesAreCutAtSentenceEndsAndRepeatTheLastSentence() {
        List<Passage> passages = new PassageBuilder().build("t", lecture());
        for (Passage p : passages) {
            assertTrue(p.text().endsWith("."), p.text());
            assertTrue(p.text().startsWith("Sentence "), p.text());
        }
        for (int i = 1; i < passages.size(); i++) {
            String previous = passages.get(i - 1).text();
            String lastSentence = previous.substring(previous.lastIndexOf("Sentence "));
            assertTrue(passages.get(i).text().startsWith(lastSentence), "overlap: " + passages.get(i).text());
            assertEquals(passages.get(i - 1).end(), passages.get(i).start(), "starts with its own new speech");
        }
    }

    @Test
    void withoutOverlapEverySentenceIsInExactlyOnePassage() {
        List<Passage> passages = new PassageBuilder(new PassageLength(30, 60, false)).build("t", lecture());
        List<String> sentences = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            sentences.add("Sentence " + i + " is about datasets.");
        }
        assertEquals(String.join(" ", sentences), String.join(" ", passages.stream().map(Passage::text).toList()));
        assertTrue(passages.size() >= 4, passages.toString());
        for (Passage p : passages.subList(0, passages.size() - 1)) {
            assertTrue(p.end() - p.start() >= 30 && p.end() - p.start() <= 60, p.toString());
        }
    }

    @Test
    void sentenceRunningAcrossCuesStartsWhereItBegan() {
        List<Cue> cues = List.of(
                new Cue(0, 20, "We collected images from", 1),
                new Cue(20, 40, "three hospitals. Then we labelled", 2),
                new Cue(40, 45, "them twice.", 3));
        List<Passage> passages = new PassageBuilder().build("t", cues);
        assertEquals(2, passages.size(), passages.toString());
        assertEquals(new Passage("t", 0, 0, 40, "We collected images from three hospitals."), passages.get(0));
        assertEquals(new Passage("t", 1, 20, 45, "We collected images from three hospitals. Then we labelled them twice."),
                passages.get(1));
    }

    @Test
    void unpunctuatedAutoCaptionsAreCutAtCueBoundariesWithinTheMaximum() {
        List<Cue> cues = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            cues.add(new Cue(i * 4, i * 4 + 4, "words without any punctuation", i + 1));
        }
        List<Passage> passages = new PassageBuilder().build("t", cues);
        assertTrue(passages.size() >= 4, passages.toString());
        for (Passage p : passages) {
            assertTrue(p.end() - p.start() <= 60 + 12, p.toString());
        }
        assertEquals(240.0, passages.getLast().end());
    }

    @Test
    void noCuesGiveNoPassages() {
        assertEquals(List.of(), new PassageBuilder().build("t", List.of()));
    }

    @Test
    void aTitleBeforeANameDoesNotEndASentence() {
        // Parliamentary captions: "Mr." at the end of one cue, the name in the next.
        List<Cue> cues = new ArrayList<>();
        for (int i = 0; i < 12; i += 2) {
            cues.add(new Cue(i * 10, i * 10 + 10, "The question goes to the Hon. Mr.", i));
            cues.add(new Cue(i * 10 + 10, i * 10 + 20, "Morneau, who thanks Dr. Smith and answers.", i + 1));
        }
        for (Passage p : new PassageBuilder().build("s01e01", cues)) {
            assertTrue(!p.text().matches("(?s).*\\b(Mr|Dr|Hon)\\.$"), "ends at a title: " + p.text());
            assertTrue(!p.text().startsWith("Morneau"), "starts inside a sentence: " + p.text());
        }
    }
}
