package org.talkarchive.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.talkarchive.index.FacetDimension;
import org.talkarchive.testing.TestIndexes;

/** The in-memory catalogue lists the same talks and counts as the engine's browse searches. */
class CatalogueTest {

    private final TalkSearcher searcher = TestIndexes.realCorpus();

    private List<String> browseIds(Map<String, List<String>> filters) {
        return searcher.search(new SearchRequest("", SearchMode.KEYWORD, filters, SortOrder.DATE, 1,
                SearchRequest.MAX_SIZE)).hits().stream().map(h -> h.talk().id()).toList();
    }

    @Test
    void listsEveryTalkNewestFirstAsBrowsingDoes() {
        assertEquals(browseIds(Map.of()), searcher.catalogue().talks().stream().map(TalkSummary::id).toList());
        assertEquals(TestIndexes.corpusTalks(), searcher.catalogue().talks().size());
    }

    @Test
    void wholeArchiveFacetsAreCountedOnceAndAnswerAlike() {
        Catalogue catalogue = searcher.catalogue();
        List<FacetValue> speakers = catalogue.facet("speaker", Map.of());
        assertSame(speakers, catalogue.facet("speaker", Map.of()), "kept, not counted again");
        assertEquals(speakers, catalogue.facet("speaker", Map.of("speaker", List.of())));
    }

    @Test
    void facetCountsMatchTheEnginesUnderEveryFilter() {
        Catalogue catalogue = searcher.catalogue();
        List<Map<String, List<String>>> filterSets = List.of(Map.of(), Map.of("season", List.of("4")),
                Map.of("topic", List.of("fairness"), "status", List.of("past")),
                Map.of("speaker", List.of("Amelia Jiménez-Sánchez")));
        for (Map<String, List<String>> filters : filterSets) {
            SearchResponse response = searcher.search(new SearchRequest("", SearchMode.KEYWORD, filters,
                    SortOrder.DATE, 1, SearchRequest.MAX_SIZE));
            for (FacetDimension dim : FacetDimension.values()) {
                List<FacetValue> engine = response.facets().stream().filter(f -> f.dimension().equals(dim.field()))
                        .findFirst().orElseThrow().values();
                assertEquals(engine, catalogue.facet(dim.field(), filters), dim.field() + " under " + filters);
            }
            assertEquals(browseIds(filters), catalogue.matching(filters).stream().map(TalkSummary::id).toList(),
                    filters.toString());
            assertEquals(browseIds(filters).stream().limit(3).toList(),
                    catalogue.newest(filters, 3).stream().map(TalkSummary::id).toList(), filters.toString());
        }
    }
}
