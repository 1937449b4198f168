package org.talkarchive.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TranscriptTextTest {

    @Test
    void readableTranscriptShowsEverySentenceOnceAtItsOwnTime() {
        List<Cue> cues = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            cues.add(new Cue(i * 10, i * 10 + 10, "Sentence " + i + " is about datasets.", i + 1));
        }
        List<Passage> passages = new PassageBuilder().build("t", cues);
        List<Passage> readable = TranscriptText.readable(passages);

        String all = String.join(" ", readable.stream().map(Passage::text).toList());
        for (int i = 0; i < 12; i++) {
            String sentence = "Sentence " + i + " is about datasets.";
            assertEquals(all.indexOf(sentence), all.lastIndexOf(sentence), sentence + " shown once: " + all);
            assertEquals(true, all.contains(sentence), sentence);
        }
        for (Passage p : readable) {
            int first = Integer.parseInt(p.text().split(" ")[1]);
            assertEquals(first * 10.0, p.start(), "a line starts when its first sentence is spoken: " + p);
        }
    }

    @Test
    void textThatOnlyLooksLikeARepeatInsideAWordIsKept() {
        assertEquals("ending here.", TranscriptText.withoutRepeat("We did this.", "We did this. ending here."));
        assertEquals("his own words.", TranscriptText.withoutRepeat("as in t", "his own words."));
    }
}
