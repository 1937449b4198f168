package org.talkarchive.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PassageRankingTest {

    private static List<PassageMatch> matches(int... ordinals) {
        List<PassageMatch> out = new java.util.ArrayList<>();
        for (int i = 0; i < ordinals.length; i++) {
            out.add(new PassageMatch("t", ordinals[i], 10.0 - i));
        }
        return out;
    }

    @Test
    void neighboursAreDroppedBeforeTheTopThreeAreTaken() {
        // The words match passages 5, 6 and 4 best: one moment. The next distinct moments fill the three places.
        List<Integer> moments = PassageRanking.moments(SearchMode.KEYWORD, Fusion.RRF, 1,
                matches(5, 6, 4, 10, 11, 20, 30), List.of(), 3);
        assertEquals(List.of(5, 10, 20), moments);
    }

    @Test
    void theModeDecidesWhichPassageComesFirst() {
        List<PassageMatch> keyword = matches(2, 8);
        List<PassageMatch> semantic = matches(12, 8);
        assertEquals(List.of(2, 8), PassageRanking.moments(SearchMode.KEYWORD, Fusion.RRF, 0.5, keyword, semantic, 3));
        assertEquals(List.of(12, 8), PassageRanking.moments(SearchMode.SEMANTIC, Fusion.RRF, 0.5, keyword, semantic, 3));
        // Hybrid fuses as talks are fused: found by both lists beats first in one.
        assertEquals(8, PassageRanking.moments(SearchMode.HYBRID, Fusion.RRF, 0.5, keyword, semantic, 3).get(0));
    }

    @Test
    void hybridFollowsTheKeywordWeight() {
        List<PassageMatch> keyword = matches(2);
        List<PassageMatch> semantic = matches(12);
        assertEquals(List.of(2, 12), PassageRanking.moments(SearchMode.HYBRID, Fusion.RRF, 0.8, keyword, semantic, 3));
        assertEquals(List.of(12, 2), PassageRanking.moments(SearchMode.HYBRID, Fusion.RRF, 0.2, keyword, semantic, 3));
    }

    @Test
    void aSearchInOneTalkListsEveryDistinctMoment() {
        assertEquals(List.of(1, 3, 40, 42, 7),
                PassageRanking.moments(SearchMode.KEYWORD, Fusion.RRF, 1, matches(1, 3, 2, 40, 42, 41, 7), List.of(),
                        ResultShaper.MOMENTS_PER_TALK));
    }
}
