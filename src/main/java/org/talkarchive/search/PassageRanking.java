package org.talkarchive.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Orders one talk's passages for a query the way talks are ordered: keyword mode by BM25, semantic mode by meaning,
 * hybrid by the same fusion and keyword weight as the talks (so the mode decides which passage comes first), then
 * drops passages next to a better one before taking the top: neighbours share a sentence, and a hit should point at
 * different moments of the talk.
 */
final class PassageRanking {

    private PassageRanking() {
    }

    /**
     * @param keyword  the talk's passages that match the query's words, best first
     * @param semantic the talk's passages nearest the query's meaning, best first
     * @param limit    how many moments to keep after dropping neighbours
     * @return passage ordinals, best first, no two adjacent
     */
    static List<Integer> moments(SearchMode mode, Fusion fusion, double keywordWeight, List<PassageMatch> keyword,
                                 List<PassageMatch> semantic, int limit) {
        List<Ranked> order = switch (mode) {
            case KEYWORD -> asRanked(keyword);
            case SEMANTIC -> asRanked(semantic);
            case HYBRID -> fusion.fuse(asRanked(keyword), asRanked(semantic), keywordWeight);
        };
        List<Integer> chosen = new ArrayList<>();
        for (Ranked r : order) {
            int ordinal = Integer.parseInt(r.talkId());
            if (chosen.stream().noneMatch(o -> Math.abs(o - ordinal) <= 1)) {
                chosen.add(ordinal);
                if (chosen.size() == limit) {
                    break;
                }
            }
        }
        return chosen;
    }

    /** Fusion ranks ids; within one talk a passage's ordinal is its id. */
    private static List<Ranked> asRanked(List<PassageMatch> passages) {
        return passages.stream().map(p -> new Ranked(String.valueOf(p.ordinal()), p.score())).toList();
    }
}
