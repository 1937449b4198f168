package org.talkarchive.search;

import java.util.List;
import java.util.Map;

/**
 * One talk in a result list.
 *
 * @param ranks the 1-based rank each mode gave this talk ("keyword", "semantic"); absent where a mode missed it
 */
public record SearchHit(TalkSummary talk, double score, Map<String, Integer> ranks, List<Snippet> snippets,
                        List<PassageHit> passages) {
}
