package org.talkarchive.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.talkarchive.testing.TestIndexes;

/**
 * Queries anyone can type: what they exclude or name is respected in hybrid mode, vague ones do not match every
 * talk, and hostile ones neither fail nor keep the machine busy.
 */
class QueryHandlingTest {

    private final TalkSearcher searcher = TestIndexes.realCorpus();

    private List<String> ids(String query, SearchMode mode) {
        return searcher.search(SearchRequest.of(query).withMode(mode).withSize(100)).hits().stream()
                .map(h -> h.talk().id()).toList();
    }

    @Test
    void notExcludesInHybridModeAsInKeywordMode() {
        List<String> hybrid = ids("fairness NOT dermatology", SearchMode.HYBRID);
        assertFalse(hybrid.contains("s01e01"), hybrid.toString());
        assertEquals(ids("fairness NOT dermatology", SearchMode.KEYWORD).stream().sorted().toList(),
                hybrid.stream().sorted().toList());
    }

    @Test
    void andRequiresEveryWordInHybridMode() {
        assertEquals(ids("fairness AND dermatology", SearchMode.KEYWORD).stream().sorted().toList(),
                ids("fairness AND dermatology", SearchMode.HYBRID).stream().sorted().toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"s10-quinn", "s04e01", "s03-damgaard-eriksen"})
    void aTalkIdFindsThatTalkFirst(String id) {
        assertEquals(id, ids(id, SearchMode.HYBRID).get(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Stanford", "ISIC", "University of Copenhagen"})
    void aNameFromAnAffiliationOrDatasetReturnsOnlyTalksThatSayIt(String name) {
        assertEquals(ids(name, SearchMode.KEYWORD).stream().sorted().toList(),
                ids(name, SearchMode.HYBRID).stream().sorted().toList());
    }

    @Test
    void aQuestionFindsByKeywordWhatItsContentWordsFind() {
        // "what", "which", "does": how it is asked, not what about (a talk saying "how" must not rank for it)
        assertEquals(ids("shortcut learning", SearchMode.KEYWORD), ids("what is shortcut learning", SearchMode.KEYWORD));
        assertEquals("shortcut learning", KeywordQuery.withoutQuestionWords("How does shortcut learning"));
        assertEquals("how", KeywordQuery.withoutQuestionWords("how"), "a query of nothing else stays as typed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"qwzxv", "asdf", "x", "the weather in Copenhagen"})
    void aVagueQueryDoesNotMatchEveryTalk(String query) {
        long total = searcher.search(SearchRequest.of(query)).total();
        assertTrue(total <= GenerationSearcher.SEMANTIC_ONLY_DEPTH + ids(query, SearchMode.KEYWORD).size(),
                query + " matched " + total);
        assertTrue(total < 30, query + " matched " + total);
    }

    @ParameterizedTest
    @ValueSource(strings = {"*", "?", "~", "\\", "()"})
    void punctuationAloneMatchesNothingAndDoesNotFail(String query) {
        for (SearchMode mode : SearchMode.values()) {
            assertEquals(0, searcher.search(SearchRequest.of(query).withMode(mode)).total(), mode + " " + query);
        }
    }

    @Test
    void regularExpressionsAreReadAsWordsNotRunAgainstTheIndex() {
        SearchResponse response = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> searcher.search(
                SearchRequest.of("abstract:/.{0,500}{0,500}/").withMode(SearchMode.KEYWORD)));
        assertEquals(0, response.total(), "no word of the pattern is in any abstract");
    }

    @Test
    void manyFuzzyTermsAreCappedAndStillAnswer() {
        String query = "decathlon~2 " + IntStream.range(0, 30).mapToObj(i -> "zq" + i + "~2")
                .collect(Collectors.joining(" "));
        List<String> found = ids(query, SearchMode.KEYWORD);
        assertTrue(found.contains("s02e01"), found.toString());
    }

    @Test
    void aQueryOfManyShortWordsStaysUnderLucenesClauseLimit() {
        String query = IntStream.range(0, 166).mapToObj(i -> "" + (char) ('a' + i / 26) + (char) ('a' + i % 26))
                .collect(Collectors.joining(" "));
        String capped = query.substring(0, Math.min(query.length(), SearchRequest.MAX_QUERY_LENGTH));
        for (SearchMode mode : SearchMode.values()) {
            searcher.search(SearchRequest.of(capped).withMode(mode));
        }
        String hyphenated = IntStream.range(0, 240).mapToObj(i -> "x" + i).collect(Collectors.joining("-"));
        searcher.search(SearchRequest.of(hyphenated.substring(0, SearchRequest.MAX_QUERY_LENGTH)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"season=abc", "season=1.0", "year=20x4", "status=foo", "has_video=maybe"})
    void impossibleFacetValuesAreRejectedNamingTheDimension(String filter) {
        String[] parts = filter.split("=");
        InvalidRequestException error = assertThrows(InvalidRequestException.class,
                () -> SearchRequest.of("").withFilter(parts[0], parts[1]));
        assertEquals(InvalidRequestException.Problem.BAD_VALUE, error.problem());
        assertEquals(parts[0], error.dimension());
        assertTrue(error.getMessage().contains(parts[1]), error.getMessage());
    }

    @Test
    void aSpeakerFilterMatchesTheNameAsItReads() {
        // The site's text has a zero-width space after "Jiménez-Sánchez"; people type the name without it.
        SearchResponse response = searcher.search(
                SearchRequest.of("").withFilter("speaker", "Amelia Jiménez-Sánchez"));
        assertEquals(List.of("s07e01"), response.hits().stream().map(h -> h.talk().id()).toList());
    }
}
