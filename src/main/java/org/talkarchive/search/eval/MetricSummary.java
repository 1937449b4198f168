package org.talkarchive.search.eval;

/** Means of the measures over {@code queries} queries (those with at least one relevant document). */
public record MetricSummary(double ndcg10, double recall10, double recall100, double mrr, int queries) {
    public static final MetricSummary EMPTY = new MetricSummary(0, 0, 0, 0, 0);
}
