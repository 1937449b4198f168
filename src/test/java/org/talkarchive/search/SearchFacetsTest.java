package org.talkarchive.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.talkarchive.index.FacetDimension;
import org.talkarchive.corpus.Corpus;
import org.talkarchive.corpus.CorpusReader;
import org.talkarchive.corpus.Talk;
import org.talkarchive.testing.TestIndexes;

/**
 * Facet counts under filters, drill-sideways: a dimension counts as if its own filter were off, other dimensions
 * count under every filter; values of one dimension are OR-ed, dimensions AND-ed. Expected numbers come from the
 * corpus files (the topics of untagged talks from what the index inferred for them).
 */
class SearchFacetsTest {

    private final TalkSearcher searcher = TestIndexes.realCorpus();
    private final Corpus corpus = CorpusReader.read(TestIndexes.corpusDir());

    @Test
    void selectedTopicStillCountsTheOtherTopicsAsIfItsFilterWereOff() {
        SearchResponse response = searcher.search(SearchRequest.of("").withFilter("topic", "dermatology").withSize(100));

        List<Talk> dermatology = talks(t -> topics(t).contains("dermatology"));
        assertTrue(dermatology.size() >= 3);
        assertEquals(ids(dermatology), Set.copyOf(TalkSearcherTest.top(response, 100)));
        assertEquals(dermatology.size(), response.total());

        assertEquals(counts(corpus.talks(), this::topics), counts(response, "topic"), "topic: as if unfiltered");
        assertTrue(counts(response, "topic").get("fairness") > countIn(dermatology, this::topics, "fairness"),
                "other topics count beyond the dermatology talks");
        assertEquals(counts(dermatology, t -> List.of(String.valueOf(t.season()))), counts(response, "season"),
                "season: under the topic filter");
        assertEquals(counts(dermatology, t -> List.of(t.status().label())), counts(response, "status"));
        FacetValue selected = value(response, "topic", "dermatology");
        assertTrue(selected.selected());
        assertEquals("Dermatology", selected.name());
        assertFalse(value(response, "topic", "fairness").selected());
    }

    @Test
    void severalValuesOfOneDimensionAreOredAndDimensionsAreAnded() {
        SearchRequest request = SearchRequest.of("").withSize(100)
                .withFilter("topic", "dermatology", "chest-xray")
                .withFilter("season", "3", "4", "5");
        SearchResponse response = searcher.search(request);

        Predicate<Talk> topic = t -> topics(t).contains("dermatology") || topics(t).contains("chest-xray");
        Predicate<Talk> season = t -> t.season() >= 3 && t.season() <= 5;
        List<Talk> expected = talks(topic.and(season));
        assertTrue(expected.size() >= 2 && expected.size() < talks(topic).size() && expected.size() < talks(season).size(),
                "the filters narrow each other: " + ids(expected));
        assertEquals(ids(expected), Set.copyOf(TalkSearcherTest.top(response, 100)));
        assertEquals(expected.size(), response.total());

        assertEquals(counts(talks(season), this::topics), counts(response, "topic"), "topic: only the season filter");
        // Season 5 is selected but has no dermatology or chest X-ray talk: it shows with 0.
        assertEquals(0, value(response, "season", "5").count());
        assertTrue(value(response, "season", "5").selected());
        assertEquals(counts(talks(topic), t -> List.of(String.valueOf(t.season()))),
                withoutZeros(counts(response, "season")), "season: only the topic filter");
        assertEquals(counts(expected, t -> List.of(t.status().label())), counts(response, "status"),
                "status: both filters");
    }

    @Test
    void facetCountsOfAQueryCountOnlyItsMatches() {
        String query = "annotation";
        Set<String> matches = new HashSet<>();
        searcher.ranking(query, SearchMode.KEYWORD, 1000).forEach(r -> matches.add(r.talkId()));
        List<Talk> matching = talks(t -> matches.contains(t.id()));
        assertTrue(matching.size() > 2 && matching.size() < corpus.talks().size(), ids(matching).toString());

        SearchResponse response = searcher.search(new SearchRequest(query, SearchMode.KEYWORD,
                Map.of("year", List.of("2023")), null, 1, 100));

        List<Talk> in2023 = talks(t -> matches.contains(t.id()) && t.date() != null && t.date().getYear() == 2023);
        assertEquals(ids(in2023), Set.copyOf(TalkSearcherTest.top(response, 100)));
        assertEquals(counts(matching, this::years), counts(response, "year"), "year: the query's matches, unfiltered");
        assertEquals(counts(in2023, this::topics), counts(response, "topic"), "topic: matches of 2023");
    }

    @Test
    void selectedValueWithoutHitsStillShowsAsSelected() {
        SearchResponse response = searcher.search(SearchRequest.of("")
                .withFilter("topic", "breast").withFilter("season", "1"));

        assertEquals(0, response.total());
        assertTrue(response.hits().isEmpty());
        FacetValue breast = value(response, "topic", "breast");
        assertTrue(breast.selected());
        assertEquals(0, breast.count(), "no breast imaging talk in season 1");
        FacetValue season1 = value(response, "season", "1");
        assertTrue(season1.selected());
        assertEquals(0, season1.count(), "no season 1 talk on breast imaging");
        assertEquals(counts(talks(t -> topics(t).contains("breast")), t -> List.of(String.valueOf(t.season()))),
                withoutZeros(counts(response, "season")));
    }

    @Test
    void filterOnAValueNoTalkHasFindsNothingAndStillShowsIt() {
        SearchResponse response = searcher.search(SearchRequest.of("fairness").withFilter("dataset", "no-such-dataset"));
        assertEquals(0, response.total());
        FacetValue value = value(response, "dataset", "no-such-dataset");
        assertTrue(value.selected());
        assertEquals(0, value.count());
    }

    @Test
    void everyDimensionIsCountedWhenBrowsing() {
        SearchResponse response = searcher.search(SearchRequest.of(""));
        assertEquals(counts(corpus.talks(), t -> List.of(String.valueOf(t.season()))), counts(response, "season"));
        assertEquals(counts(corpus.talks(), this::years), counts(response, "year"));
        assertEquals(counts(corpus.talks(), t -> List.of(t.series())), counts(response, "series"));
        assertEquals(counts(corpus.talks(), t -> List.of(t.youtubeId().isPresent() ? "yes" : "no")),
                counts(response, "has_video"));
        assertEquals(counts(corpus.talks(), t -> t.speakers().stream().map(s -> s.country()).distinct().toList()),
                counts(response, "country"));
        assertEquals(Map.of("no", corpus.talks().size()), counts(response, "has_transcript"),
                "the bundled corpus has no transcripts yet");
        for (FacetDimension dim : FacetDimension.values()) {
            // Every bundled talk is tagged by hand, so nothing is inferred, and none was imported with source
            // tags; every other dimension has values.
            boolean expectValues = dim != FacetDimension.INFERRED_TOPIC && dim != FacetDimension.SOURCE_TAG;
            assertEquals(expectValues, !TalkSearcherTest.facet(response, dim.field()).values().isEmpty(),
                    dim.field());
        }
    }

    /** Curated topics, or for untagged talks the topics the index inferred. */
    private List<String> topics(Talk talk) {
        return talk.topics().isEmpty() ? searcher.talk(talk.id()).orElseThrow().inferredTopics() : talk.topics();
    }

    private List<String> years(Talk talk) {
        return talk.date() == null ? List.of() : List.of(String.valueOf(talk.date().getYear()));
    }

    private List<Talk> talks(Predicate<Talk> filter) {
        return corpus.talks().stream().filter(filter).toList();
    }

    private static Set<String> ids(Collection<Talk> talks) {
        return talks.stream().map(Talk::id).collect(Collectors.toSet());
    }

    private static Map<String, Integer> counts(Collection<Talk> talks, Function<Talk, List<String>> values) {
        Map<String, Integer> out = new TreeMap<>();
        for (Talk talk : talks) {
            values.apply(talk).forEach(v -> out.merge(v, 1, Integer::sum));
        }
        return out;
    }

    private static int countIn(Collection<Talk> talks, Function<Talk, List<String>> values, String value) {
        return counts(talks, values).getOrDefault(value, 0);
    }

    private static Map<String, Integer> counts(SearchResponse response, String dimension) {
        Map<String, Integer> out = new TreeMap<>();
        TalkSearcherTest.facet(response, dimension).values().forEach(v -> out.put(v.value(), v.count()));
        return out;
    }

    private static Map<String, Integer> withoutZeros(Map<String, Integer> counts) {
        Map<String, Integer> out = new LinkedHashMap<>(counts);
        out.values().removeIf(c -> c == 0);
        return new TreeMap<>(out);
    }

    private static FacetValue value(SearchResponse response, String dimension, String value) {
        return TalkSearcherTest.facet(response, dimension).values().stream().filter(v -> v.value().equals(value))
                .findFirst().orElseThrow(() -> new AssertionError(dimension + " has no value " + value));
    }
}
