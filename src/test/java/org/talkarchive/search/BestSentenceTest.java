package org.talkarchive.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class BestSentenceTest {

    private static Fragment marked(String text, String... words) {
        List<Fragment.Match> matches = new java.util.ArrayList<>();
        for (String w : words) {
            int at = text.indexOf(w);
            matches.add(new Fragment.Match(at, at + w.length()));
        }
        matches.sort(java.util.Comparator.comparingInt(Fragment.Match::start));
        return new Fragment(text, matches);
    }

    @Test
    void theSentenceWithMostMatchesIsChosenWithItsMarksMovedAlong() {
        String text = "Kepler is a telescope in space and it was launched in 2009 by NASA after years of proposals. "
                + "It takes a picture of about 200,000 stars every 30 minutes, and we measure how bright each star is. "
                + "That gives a light curve.";
        Fragment best = BestSentence.of(marked(text, "telescope", "stars", "bright"));
        assertEquals("It takes a picture of about 200,000 stars every 30 minutes, and we measure how bright each "
                + "star is.", best.text());
        assertEquals(List.of("stars", "bright"), best.matchedText());
    }

    @Test
    void aShortSentenceTakesTheNextOneAlong() {
        String text = "Right. Exoplanets orbit other stars, and only recently could we detect them at all. Yes.";
        Fragment best = BestSentence.of(marked(text, "Right"));
        assertEquals("Right. Exoplanets orbit other stars, and only recently could we detect them at all.", best.text());
        assertEquals(List.of("Right"), best.matchedText());
    }
}
