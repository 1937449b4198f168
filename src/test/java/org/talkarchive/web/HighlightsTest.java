package org.talkarchive.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.talkarchive.search.Fragment;
import org.talkarchive.search.SearchHit;
import org.talkarchive.search.SearchMode;
import org.talkarchive.search.SearchRequest;
import org.talkarchive.search.SearchResponse;
import org.talkarchive.search.TalkSearcher;
import org.talkarchive.testing.TestIndexes;

/** Highlight HTML: the searcher's matches in {@code <mark>}, everything else escaped, for any query. */
class HighlightsTest {

    /** An ampersand that does not start one of the entities the escaper writes. */
    private static final Pattern RAW_AMPERSAND = Pattern.compile("&(?!(amp|lt|gt|quot|#x[0-9A-Fa-f]+);)");

    private final TalkSearcher searcher = TestIndexes.realCorpus();

    @Test
    void matchesAreMarkedAndTheRestEscaped() {
        Fragment fragment = new Fragment("a <b> & c", List.of(new Fragment.Match(2, 5), new Fragment.Match(8, 9)));
        assertEquals("a <mark>&lt;b&gt;</mark> &amp; <mark>c</mark>", Highlights.html(fragment));
    }

    @Test
    void ampersandsOfTheSiteTextAreEscapedInBioSnippets() {
        SearchHit hit = searcher.search(SearchRequest.of("Mercosur award").withMode(SearchMode.KEYWORD)).hits().get(0);
        String bio = Highlights.html(hit.snippets().stream().filter(s -> s.field().equals("bio")).findFirst()
                .orElseThrow().fragment());
        assertTrue(bio.contains("<mark>Mercosur</mark> Science &amp; Technology <mark>Award</mark>"), bio);
        assertOnlyMarkup(bio);
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert(1)</script>", "<img src=x onerror=alert(1)> dermatology",
            "\"<b>fairness</b>\"", "x-ray & \"ground truth\" <", "H&E slides"})
    void hostileQueriesNeverProduceMarkupOtherThanMark(String query) {
        for (SearchMode mode : SearchMode.values()) {
            SearchResponse response = searcher.search(SearchRequest.of(query).withMode(mode));
            for (SearchHit hit : response.hits()) {
                hit.snippets().forEach(s -> assertOnlyMarkup(Highlights.html(s.fragment())));
                hit.passages().forEach(p -> assertOnlyMarkup(Highlights.html(p.text())));
                hit.snippets().forEach(s -> assertFalse(Highlights.html(s.fragment()).toLowerCase(Locale.ROOT)
                        .contains("<script")));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(SearchMode.class)
    void everySnippetOfACommonQueryIsEscaped(SearchMode mode) {
        SearchResponse response = searcher.search(SearchRequest.of("data science technology").withMode(mode)
                .withSize(100));
        assertTrue(response.total() > 0);
        for (SearchHit hit : response.hits()) {
            assertFalse(hit.snippets().isEmpty(), hit.talk().id());
            hit.snippets().forEach(s -> assertOnlyMarkup(Highlights.html(s.fragment())));
        }
    }

    /** No raw '<', '>' or '&' except the mark tags and entities. */
    private static void assertOnlyMarkup(String html) {
        String withoutMarks = html.replace("<mark>", "").replace("</mark>", "");
        assertFalse(withoutMarks.contains("<"), html);
        assertFalse(withoutMarks.contains(">"), html);
        assertFalse(RAW_AMPERSAND.matcher(withoutMarks).find(), html);
    }
}
