package org.talkarchive.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The text traps of the real site pages, and that indexing sees plain Latin text while the display keeps the original. */
class TextNormalizerTest {

    @Test
    void zeroWidthSpaceAfterJimenezSanchezIsDropped() {
        String shown = "Dr. Amelia Jiménez-Sánchez\u200B";
        assertEquals("Dr. Amelia Jiménez-Sánchez", TextNormalizer.forIndex(shown));
        assertEquals("amelia-jimenez-sanchez", new Speaker("Amelia Jiménez-Sánchez\u200B", "ITU", "Denmark", null, "").slug());
    }

    @Test
    void greekEtaInsideALatinWordBecomesLatinH() {
        assertEquals("Her aim is to translate", TextNormalizer.forIndex("\u0397er aim is to translate"));
    }

    @Test
    void realGreekTextIsLeftAlone() {
        assertEquals("Ηλίας Αθήνα", TextNormalizer.forIndex("Ηλίας Αθήνα"));
    }

    @Test
    void noBreakSpacesBecomeOrdinarySpaces() {
        assertEquals("two hospitals has *poorer* worst group accuracy",
                TextNormalizer.forIndex("two hospitals has\u00A0*poorer*\u00A0worst group accuracy"));
        assertEquals("Dr. Thijs Kooi", TextNormalizer.forIndex("Dr. Thijs Kooi\u00A0"));
    }

    @Test
    void plainAsciiStillHasItsSpacesCollapsedAndTrimmed() {
        assertEquals("PyCon US 2019", TextNormalizer.forIndex("PyCon US 2019"));
        assertEquals("PyCon US 2019", TextNormalizer.forIndex(" PyCon  US\t2019\n"));
        assertEquals("Ada Lovelace", TextNormalizer.forIndex("Ada Lovelace "));
        assertEquals("a b", TextNormalizer.forIndex("a\r\nb"));
    }

    @Test
    void nfkcFoldsCompatibilityForms() {
        assertEquals("fine-tuning", TextNormalizer.forIndex("\uFB01ne-tuning"));
        assertEquals("Jiménez", TextNormalizer.forIndex("Jime\u0301nez"));
    }

    @Test
    void bundledCorpusKeepsTheTrapsInTheDisplayedTextButNotInTheIndexedText() {
        Corpus corpus = CorpusReader.read(Path.of("corpus"));
        String bio = corpus.talk("s05e01").orElseThrow().speakers().get(1).bio();
        assertTrue(bio.contains("\u0397er aim"), "displayed text unchanged");
        assertTrue(TextNormalizer.forIndex(bio).contains("Her aim"), "indexed text folded");
        String name = corpus.talk("s07e01").orElseThrow().speakers().getFirst().name();
        assertEquals("Amelia Jiménez-Sánchez", TextNormalizer.forIndex(name));
    }
}
