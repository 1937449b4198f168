package org.talkarchive.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.talkarchive.testing.TestIndexes;

/** Autocomplete over titles, speaker names and topics of the real corpus. */
class TalkSuggesterTest {

    private final TalkSearcher searcher = TestIndexes.realCorpus();

    @Test
    void prefixSuggestsTheTitleContainingIt() {
        List<Suggestion> suggestions = searcher.suggest("segm", 10);
        assertTrue(suggestions.contains(new Suggestion("The medical segmentation decathlon", "title", "s02e01")),
                suggestions.toString());
    }

    @Test
    void misspelledPrefixOfFourOrMoreLettersStillSuggests() {
        List<Suggestion> suggestions = searcher.suggest("opthal", 10);
        assertTrue(suggestions.contains(new Suggestion("Ophthalmology", "topic", "ophthalmology")),
                suggestions.toString());
    }

    @Test
    void speakerSurnameSuggestsTheSpeaker() {
        List<Suggestion> suggestions = searcher.suggest("Kooi", 10);
        assertEquals(new Suggestion("Thijs Kooi", "speaker", "thijs-kooi"), suggestions.get(0));
    }

    @Test
    void accentlessPrefixSuggestsTheAccentedName() {
        List<Suggestion> suggestions = searcher.suggest("zaja", 10);
        assertTrue(suggestions.stream().anyMatch(s -> s.kind().equals("speaker") && s.text().contains("Zając")),
                suggestions.toString());
    }

    @Test
    void neverMoreThanTenSuggestions() {
        assertEquals(10, searcher.suggest("d", 50).size());
        assertEquals(3, searcher.suggest("d", 3).size());
    }

    @Test
    void blankOrPunctuationPrefixesSuggestNothing() {
        assertEquals(List.of(), searcher.suggest("", 10));
        assertEquals(List.of(), searcher.suggest("   ", 10));
        assertEquals(List.of(), searcher.suggest("?!", 10));
        assertEquals(List.of(), searcher.suggest(null, 10));
    }
}
