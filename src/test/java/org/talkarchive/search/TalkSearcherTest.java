package org.talkarchive.search;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.talkarchive.index.FacetDimension;
import org.talkarchive.corpus.Corpus;
import org.talkarchive.corpus.CorpusReader;
import org.talkarchive.corpus.Speaker;
import org.talkarchive.corpus.Talk;
import org.talkarchive.corpus.TalkStatus;
import org.talkarchive.corpus.TextNormalizer;
import org.talkarchive.testing.TestIndexes;

/** What a researcher notices when searching the real 30 talks with the real model. */
class TalkSearcherTest {

    private final TalkSearcher searcher = TestIndexes.realCorpus();
    private final Corpus corpus = CorpusReader.read(TestIndexes.corpusDir());

    @ParameterizedTest(name = "\"{0}\" finds {1} and is read as \"{2}\"")
    @CsvSource({
            "segmentaion decathlon, s02e01, segmentation decathlon",
            "opthalmology, s08e02, ophthalmology",
            "annotaton cost, s03e01, annotation cost",
    })
    void typosOfQueriesThatFindLittleAreCorrectedAndFindTheirTalkInTheTopThree(String query, String talk,
                                                                                String corrected) {
        SearchResponse response = searcher.search(SearchRequest.of(query));
        assertTrue(top(response, 3).contains(talk), query + " -> " + top(response, 3));
        assertEquals(corrected, response.correctedQuery());
    }

    @Test
    void aTypoAmongWordsThatFindEnoughIsOfferedNotSearchedAndTheTalkIsStillFound() {
        // Three of four words match many talks: the query runs as typed and the spelling is only offered.
        String query = "annotaton cost of medical image datasets";
        SearchResponse response = searcher.search(SearchRequest.of(query));
        assertTrue(top(response, 3).contains("s03e01"), query + " -> " + top(response, 3));
        assertEquals(null, response.correctedQuery());
        assertEquals("annotation cost of medical image datasets", response.suggestedQuery());
    }

    @ParameterizedTest(name = "\"{0}\" is searched as typed")
    @CsvSource({"dLNs", "IFIT1", "DMT1", "ComYMV", "IFIT1 segmentation"})
    void wordsShapedLikeNamesAcronymsGenesOrCodesAreNeverReplaced(String query) {
        assertEquals(null, searcher.search(SearchRequest.of(query)).correctedQuery());
    }

    @Test
    void correctlySpelledQueryReportsNoCorrection() {
        assertEquals(null, searcher.search(SearchRequest.of("segmentation decathlon")).correctedQuery());
    }

    @ParameterizedTest(name = "\"{0}\" finds {1}")
    @CsvSource({
            "Zajac, s05e01",
            "Zając, s05e01",
            "Jimenez, s07e01",
            "Jimenez-Sanchez, s07e01",
    })
    void namesTypedWithoutAccentsFindTheAccentedSpeaker(String query, String talk) {
        for (SearchMode mode : List.of(SearchMode.HYBRID, SearchMode.KEYWORD)) {
            List<String> top = top(searcher.search(SearchRequest.of(query).withMode(mode)), 3);
            assertTrue(top.contains(talk), mode + " " + query + " -> " + top);
        }
    }

    @Test
    void quotedPhraseMatchesOnlyTalksWithTheWordsTogether() {
        // "clinical" and "practice" are both common in the corpus; the phrase is rarer.
        Pattern phrase = Pattern.compile("\\bclinical[\\s\\-]+practices?\\b");
        List<String> together = corpus.talks().stream().filter(t -> phrase.matcher(searchableText(t)).find())
                .map(Talk::id).sorted().toList();
        List<String> both = corpus.talks().stream()
                .filter(t -> searchableText(t).contains("clinical") && searchableText(t).contains("practice"))
                .map(Talk::id).toList();
        assertFalse(together.isEmpty());
        assertTrue(both.size() > together.size(), "the words also occur apart: " + both + " vs " + together);

        SearchResponse quoted = searcher.search(SearchRequest.of("\"clinical practice\"").withMode(SearchMode.KEYWORD)
                .withSize(100));
        assertEquals(together, top(quoted, 100).stream().sorted().toList());
        SearchResponse hybrid = searcher.search(SearchRequest.of("\"clinical practice\""));
        assertTrue(together.containsAll(top(hybrid, together.size())),
                "keyword evidence dominates a phrase: " + top(hybrid, together.size()));
    }

    @Test
    void fieldSyntaxSearchesOneField() {
        SearchResponse keyword = searcher.search(SearchRequest.of("speaker:Kooi").withMode(SearchMode.KEYWORD));
        assertEquals(List.of("s03e01"), top(keyword, 10));
        assertEquals("s03e01", top(searcher.search(SearchRequest.of("speaker:Kooi")), 1).get(0));
    }

    @ParameterizedTest
    @EnumSource(SearchMode.class)
    void queriesWithSyntaxErrorsFallBackToTheirWords(SearchMode mode) {
        for (String broken : List.of("fairness AND (", "\"shortcut learning", "dermatology)", "fairness title:", "a OR OR b fairness", "fairness AND", "NOT fairness OR")) {
            SearchResponse response = assertDoesNotThrow(() -> searcher.search(SearchRequest.of(broken).withMode(mode)),
                    broken);
            assertTrue(response.total() > 0, mode + " " + broken + " finds talks");
        }
        assertTrue(top(searcher.search(SearchRequest.of("\"shortcut learning").withMode(mode)), 3).contains("s04e01"));
        assertTrue(top(searcher.search(SearchRequest.of("fairness AND (").withMode(SearchMode.KEYWORD)), 10)
                .contains("s01e01"));
    }

    @Test
    void speakerNameRanksTheSpeakersTalkFirstInHybridMode() {
        List<String> misses = new ArrayList<>();
        for (Talk talk : corpus.talks()) {
            for (Speaker speaker : talk.speakers()) {
                String name = TextNormalizer.forIndex(speaker.name());
                List<String> theirTalks = corpus.talks().stream()
                        .filter(t -> t.speakers().stream().anyMatch(s -> s.name().equals(speaker.name())))
                        .map(Talk::id).toList();
                SearchResponse response = searcher.search(SearchRequest.of(name));
                String first = top(response, 1).get(0);
                if (!theirTalks.contains(first)) {
                    misses.add(name + " -> " + first + " (expected " + theirTalks + ")");
                }
            }
        }
        assertEquals(List.of(), misses);
    }

    @Test
    void emptyQueryBrowsesEveryTalkNewestFirstWithUpcomingTalksOnTop() {
        SearchResponse browse = searcher.search(SearchRequest.of("").withSize(100));

        assertEquals(corpus.talks().size(), browse.total());
        assertEquals(corpus.talks().size(), browse.hits().size());
        List<TalkSummary> talks = browse.hits().stream().map(SearchHit::talk).toList();
        long upcoming = corpus.talks().stream().filter(t -> t.status() == TalkStatus.UPCOMING && t.date() == null).count();
        assertEquals(3, upcoming);
        for (int i = 0; i < upcoming; i++) {
            assertEquals(null, talks.get(i).date(), "TBA talks come first");
            assertEquals("upcoming", talks.get(i).status());
        }
        List<LocalDate> dates = talks.stream().skip(upcoming).map(TalkSummary::date).toList();
        assertEquals(dates.stream().sorted(Comparator.reverseOrder()).toList(), dates, "newest first");
        assertEquals(corpus.talks().stream().map(Talk::date).filter(d -> d != null).max(Comparator.naturalOrder()),
                Optional.of(dates.get(0)));

        assertEquals(FacetDimension.values().length, browse.facets().size());
        FacetResult status = facet(browse, "status");
        assertEquals(corpus.talks().size() - upcoming, count(status, "past"));
        assertEquals(upcoming, count(status, "upcoming"));
        for (SearchHit hit : browse.hits()) {
            assertFalse(hit.snippets().isEmpty(), hit.talk().id() + " shows its abstract");
        }
    }

    @Test
    void pagesSplitTheResultsWithoutOverlap() {
        SearchResponse first = searcher.search(new SearchRequest("", SearchMode.HYBRID, Map.of(), null, 1, 12));
        SearchResponse second = searcher.search(new SearchRequest("", SearchMode.HYBRID, Map.of(), null, 2, 12));
        SearchResponse third = searcher.search(new SearchRequest("", SearchMode.HYBRID, Map.of(), null, 3, 12));
        List<String> all = new ArrayList<>(top(first, 12));
        all.addAll(top(second, 12));
        all.addAll(top(third, 12));
        assertEquals(top(searcher.search(SearchRequest.of("").withSize(100)), 100), all);
        assertEquals(6, third.hits().size());
        assertEquals(corpus.talks().size(), third.total());
    }

    @Test
    void invalidPagingIsRejectedNamingTheParameter() {
        IllegalArgumentException page = assertThrows(IllegalArgumentException.class,
                () -> new SearchRequest("fairness", SearchMode.HYBRID, Map.of(), null, 0, 10));
        assertTrue(page.getMessage().startsWith("page "), page.getMessage());
        for (int size : new int[] {0, -1, SearchRequest.MAX_SIZE + 1}) {
            IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                    () -> new SearchRequest("fairness", SearchMode.HYBRID, Map.of(), null, 1, size));
            assertTrue(error.getMessage().startsWith("size ") && error.getMessage().contains(String.valueOf(size)),
                    error.getMessage());
        }
        IllegalArgumentException facet = assertThrows(IllegalArgumentException.class,
                () -> SearchRequest.of("fairness").withFilter("colour", "red"));
        assertTrue(facet.getMessage().contains("colour"), facet.getMessage());
        IllegalArgumentException mode = assertThrows(IllegalArgumentException.class, () -> SearchMode.parse("fuzzy"));
        assertTrue(mode.getMessage().contains("fuzzy"), mode.getMessage());
    }

    @Test
    void everyHitSaysHowEachModeRankedIt() {
        SearchResponse response = searcher.search(SearchRequest.of("shortcut learning fairness"));
        SearchHit first = response.hits().get(0);
        assertNotNull(first.ranks().get("keyword"));
        assertNotNull(first.ranks().get("semantic"));
        List<String> keyword = searcher.ranking("shortcut learning fairness", SearchMode.KEYWORD, 100).stream()
                .map(Ranked::talkId).toList();
        for (SearchHit hit : response.hits()) {
            Integer rank = hit.ranks().get("keyword");
            if (rank != null) {
                assertEquals(hit.talk().id(), keyword.get(rank - 1));
            }
        }
    }

    @Test
    void talkDetailsAndUnknownIds() {
        TalkDetail detail = searcher.talk("s05e01").orElseThrow();
        assertEquals(corpus.talk("s05e01").orElseThrow(), detail.talk(), "the talk exactly as the corpus has it");
        assertTrue(searcher.talk("s99e99").isEmpty());
        assertTrue(searcher.related("s99e99", 5).isEmpty());
    }

    /** Title, abstract, speakers and bios, folded the way search folds them. */
    static String searchableText(Talk talk) {
        StringBuilder text = new StringBuilder(talk.title()).append(' ').append(talk.abstractText());
        talk.speakers().forEach(s -> text.append(' ').append(s.name()).append(' ').append(s.affiliation())
                .append(' ').append(s.country()).append(' ').append(s.bio()));
        return Normalizer.normalize(TextNormalizer.forIndex(text.toString()), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    static List<String> top(SearchResponse response, int n) {
        return response.hits().stream().limit(n).map(h -> h.talk().id()).toList();
    }

    static FacetResult facet(SearchResponse response, String dimension) {
        return response.facets().stream().filter(f -> f.dimension().equals(dimension)).findFirst().orElseThrow();
    }

    static long count(FacetResult facet, String value) {
        return facet.values().stream().filter(v -> v.value().equals(value)).mapToLong(FacetValue::count)
                .findFirst().orElse(0);
    }
}
