package org.talkarchive.search;

import java.util.List;

/**
 * What ranking a talk's passages needs from one search, so they are ordered as the talks were.
 *
 * @param words           the query's lexical form (also what the highlighter marks)
 * @param terms           the query's analysed terms, for term coverage
 * @param meaning         the query's embedding; null in keyword mode
 * @param keywordWeight   the keyword list's share in hybrid fusion, as the talks got it
 * @param byCoverage      when not null, hybrid passages weigh the keyword list by the terms the best keyword
 *                        passages hold, with these weights (as talks are weighed by the terms the best talks hold),
 *                        rather than by {@code keywordWeight}: a long transcript holds every word of a paraphrase
 *                        somewhere, a passage seldom does
 * @param semanticFloor   passages less similar than this are no match by meaning
 */
record PassageQuery(SearchMode mode, LexicalQuery words, List<String> terms, float[] meaning, Fusion fusion,
                    double keywordWeight, RankingRules.KeywordWeights byCoverage, double semanticFloor) {
}
