package org.talkarchive.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.talkarchive.testing.TestIndexes;

/** Snippets: fragments of the hit's text with the query's words as match spans (how they are shown is web's). */
class ResultShaperTest {

    private final TalkSearcher searcher = TestIndexes.realCorpus();

    @Test
    void snippetsMarkTheQueryWord() {
        SearchResponse response = searcher.search(SearchRequest.of("dermatology").withMode(SearchMode.KEYWORD));
        assertTrue(response.total() >= 3);
        int highlighted = 0;
        for (SearchHit hit : response.hits()) {
            TalkDetail talk = searcher.talk(hit.talk().id()).orElseThrow();
            String shown = TalkSearcherTest.searchableText(talk.talk());
            List<String> marked = hit.snippets().stream().flatMap(s -> s.fragment().matchedText().stream()).toList();
            // A talk may match through its topic tag alone; one whose text has the word shows it marked.
            if (shown.contains("dermatolog")) {
                assertFalse(marked.isEmpty(), hit.talk().id() + " has a highlighted snippet: " + hit.snippets());
                highlighted++;
            }
            for (String word : marked) {
                assertTrue(word.toLowerCase(Locale.ROOT).startsWith("dermatolog"), word);
            }
        }
        assertTrue(highlighted >= 3, "talks with the word in their text: " + highlighted);
    }

    @Test
    void everyHitOfAPageShowsItsOwnTextMarked() {
        // A page's talks are highlighted in one call: each hit must get back its own title and abstract.
        SearchResponse response = searcher.search(SearchRequest.of("segmentation").withMode(SearchMode.KEYWORD));
        assertTrue(response.hits().size() >= 5, String.valueOf(response.hits().size()));
        for (SearchHit hit : response.hits()) {
            TalkDetail talk = searcher.talk(hit.talk().id()).orElseThrow();
            for (Snippet snippet : hit.snippets()) {
                String own = switch (snippet.field()) {
                    case "title" -> talk.talk().title();
                    case "abstract" -> talk.talk().abstractText();
                    default -> null;
                };
                if (own != null) {
                    String first = snippet.fragment().text().split("…")[0].strip();
                    assertTrue(own.contains(first.substring(0, Math.min(40, first.length()))),
                            hit.talk().id() + " " + snippet.field() + ": " + first);
                }
            }
        }
    }

    @Test
    void titleWordsAreHighlightedInTheTitleSnippet() {
        SearchHit hit = searcher.search(SearchRequest.of("medical segmentation decathlon")).hits().get(0);
        assertEquals("s02e01", hit.talk().id());
        Fragment title = hit.snippets().stream().filter(s -> s.field().equals("title")).findFirst().orElseThrow()
                .fragment();
        assertEquals("The medical segmentation decathlon", title.text());
        assertEquals(List.of(new Fragment.Match(4, 11), new Fragment.Match(12, 24), new Fragment.Match(25, 34)),
                title.matches());
    }

    @Test
    void bioSnippetsKeepTheSiteTextAsItIs() {
        // s04e03's bio names the "Mercosur Science & Technology Award".
        SearchHit hit = searcher.search(SearchRequest.of("Mercosur award").withMode(SearchMode.KEYWORD)).hits().get(0);
        assertEquals("s04e03", hit.talk().id());
        Fragment bio = hit.snippets().stream().filter(s -> s.field().equals("bio")).findFirst().orElseThrow()
                .fragment();
        assertTrue(bio.text().contains("Mercosur Science & Technology Award"), bio.text());
        assertEquals(Set.of("Mercosur", "Award"), Set.copyOf(bio.matchedText()));
    }

    @Test
    void browsingShowsTheOpeningOfEachAbstractWithNothingMatched() {
        for (SearchHit hit : searcher.search(SearchRequest.of("").withSize(100)).hits()) {
            assertEquals(1, hit.snippets().size());
            assertEquals("abstract", hit.snippets().get(0).field());
            assertFalse(hit.snippets().get(0).fragment().hasMatches());
        }
    }
}
