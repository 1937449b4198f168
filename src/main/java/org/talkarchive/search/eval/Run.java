package org.talkarchive.search.eval;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The ranked results of one system (one search mode) for every query: query id to documents, best first.
 * The list order is the rank; scores are kept only to be written to a run file.
 */
public record Run(String tag, Map<String, List<ScoredDoc>> rankings) {
    public Run {
        Objects.requireNonNull(tag, "tag");
        if (tag.isBlank() || tag.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("run tag must be one word without spaces: '" + tag + "'");
        }
        Map<String, List<ScoredDoc>> copy = new LinkedHashMap<>();
        rankings.forEach((qid, docs) -> {
            Set<String> seen = new HashSet<>();
            for (ScoredDoc doc : docs) {
                if (!seen.add(doc.docId())) {
                    throw new IllegalArgumentException("document " + doc.docId() + " is ranked twice for query " + qid);
                }
            }
            copy.put(qid, List.copyOf(docs));
        });
        rankings = Collections.unmodifiableMap(copy);
    }

    /**
     * Runs every query of a set through a search function (query text to ranked documents) and collects the run;
     * the eval command calls this once per search mode.
     */
    public static Run collect(String tag, QuerySet queries, Function<String, List<ScoredDoc>> search) {
        Map<String, List<ScoredDoc>> rankings = new LinkedHashMap<>();
        for (JudgedQuery query : queries.queries()) {
            rankings.put(query.id(), search.apply(query.text()));
        }
        return new Run(tag, rankings);
    }

    /** Document ids of a query in rank order; empty when the system returned nothing for it. */
    public List<String> rankedDocIds(String qid) {
        return rankings.getOrDefault(qid, List.of()).stream().map(ScoredDoc::docId).toList();
    }

    /** Query id to ranked document ids, the input {@link TrecMetrics} takes. */
    public Map<String, List<String>> rankedDocIds() {
        Map<String, List<String>> ids = new LinkedHashMap<>();
        rankings.keySet().forEach(qid -> ids.put(qid, rankedDocIds(qid)));
        return ids;
    }
}
