package org.talkarchive.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.talkarchive.testing.TestIndexes;

/** Snippets: the query's words in {@code <mark>}, everything else HTML-escaped, for any query. */
class ResultShaperTest {

    private static final Pattern MARKED = Pattern.compile("<mark>(.*?)</mark>");
    /** An ampersand that does not start one of the entities the escaper writes. */
    private static final Pattern RAW_AMPERSAND = Pattern.compile("&(?!(amp|lt|gt|quot|#x[0-9A-Fa-f]+);)");

    private final TalkSearcher searcher = TestIndexes.realCorpus();

    @Test
    void snippetsMarkTheQueryWord() {
        SearchResponse response = searcher.search(SearchRequest.of("dermatology").withMode(SearchMode.KEYWORD));
        assertTrue(response.total() >= 3);
        int highlighted = 0;
        for (SearchHit hit : response.hits()) {
            TalkDetail talk = searcher.talk(hit.talk().id()).orElseThrow();
            String shown = TalkSearcherTest.searchableText(talk.talk());
            List<String> marked = hit.snippets().stream().flatMap(s -> marked(s.html()).stream()).toList();
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
    void titleWordsAreHighlightedInTheTitleSnippet() {
        SearchHit hit = searcher.search(SearchRequest.of("medical segmentation decathlon")).hits().get(0);
        assertEquals("s02e01", hit.talk().id());
        Snippet title = hit.snippets().stream().filter(s -> s.field().equals("title")).findFirst().orElseThrow();
        assertEquals("The <mark>medical</mark> <mark>segmentation</mark> <mark>decathlon</mark>", title.html());
    }

    @Test
    void ampersandsOfTheSiteTextAreEscapedInBioSnippets() {
        // s04e03's bio names the "Mercosur Science & Technology Award".
        SearchHit hit = searcher.search(SearchRequest.of("Mercosur award").withMode(SearchMode.KEYWORD)).hits().get(0);
        assertEquals("s04e03", hit.talk().id());
        Snippet bio = hit.snippets().stream().filter(s -> s.field().equals("bio")).findFirst().orElseThrow();
        assertTrue(bio.html().contains("<mark>Mercosur</mark> Science &amp; Technology <mark>Award</mark>"), bio.html());
        assertOnlyMarkup(bio.html());
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert(1)</script>", "<img src=x onerror=alert(1)> dermatology",
            "\"<b>fairness</b>\"", "x-ray & \"ground truth\" <", "H&E slides"})
    void hostileQueriesNeverProduceMarkupOtherThanMark(String query) {
        for (SearchMode mode : SearchMode.values()) {
            SearchResponse response = searcher.search(SearchRequest.of(query).withMode(mode));
            for (SearchHit hit : response.hits()) {
                hit.snippets().forEach(s -> assertOnlyMarkup(s.html()));
                hit.passages().forEach(p -> assertOnlyMarkup(p.html()));
                hit.snippets().forEach(s -> assertFalse(s.html().toLowerCase(Locale.ROOT).contains("<script"), s.html()));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(SearchMode.class)
    void everySnippetOfACommonQueryIsEscaped(SearchMode mode) {
        SearchResponse response = searcher.search(SearchRequest.of("data science technology").withMode(mode).withSize(100));
        assertTrue(response.total() > 0);
        for (SearchHit hit : response.hits()) {
            assertFalse(hit.snippets().isEmpty(), hit.talk().id());
            hit.snippets().forEach(s -> assertOnlyMarkup(s.html()));
        }
    }

    @Test
    void browsingShowsTheEscapedOpeningOfEachAbstract() {
        for (SearchHit hit : searcher.search(SearchRequest.of("").withSize(100)).hits()) {
            assertEquals(1, hit.snippets().size());
            assertEquals("abstract", hit.snippets().get(0).field());
            assertOnlyMarkup(hit.snippets().get(0).html());
            assertFalse(hit.snippets().get(0).html().contains("<mark>"));
        }
    }

    /** No raw '<' or '&' except the mark tags and entities ('/' may come as &#x2F;). */
    private static void assertOnlyMarkup(String html) {
        String withoutMarks = html.replace("<mark>", "").replace("</mark>", "");
        assertFalse(withoutMarks.contains("<"), html);
        assertFalse(withoutMarks.contains(">"), html);
        assertFalse(RAW_AMPERSAND.matcher(withoutMarks).find(), html);
    }

    private static List<String> marked(String html) {
        Matcher m = MARKED.matcher(html);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
