package org.talkarchive.search.eval;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** Per-query measures of one run against one set of judgments, and their means. */
public record Evaluation(List<QueryMetrics> perQuery) {
    public Evaluation {
        perQuery = List.copyOf(perQuery);
    }

    public MetricSummary summary() {
        if (perQuery.isEmpty()) {
            return MetricSummary.EMPTY;
        }
        int n = perQuery.size();
        return new MetricSummary(
                perQuery.stream().mapToDouble(QueryMetrics::ndcg10).sum() / n,
                perQuery.stream().mapToDouble(QueryMetrics::recall10).sum() / n,
                perQuery.stream().mapToDouble(QueryMetrics::recall100).sum() / n,
                perQuery.stream().mapToDouble(QueryMetrics::reciprocalRank).sum() / n,
                n);
    }

    /** Only the queries whose id passes the filter, e.g. the queries of one kind. */
    public Evaluation restrictedTo(Predicate<String> qid) {
        return new Evaluation(perQuery.stream().filter(m -> qid.test(m.qid())).toList());
    }

    public Optional<QueryMetrics> query(String qid) {
        return perQuery.stream().filter(m -> m.qid().equals(qid)).findFirst();
    }
}
