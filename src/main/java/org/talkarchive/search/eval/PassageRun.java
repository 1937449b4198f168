package org.talkarchive.search.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What one system showed for each query of a passage set, judged: whether its first shown passage, and whether any
 * of its first three, points at the judged moment (the right talk, an overlapping time span).
 */
public final class PassageRun {

    /** Success@1 and Success@3 over some queries. */
    public record Score(double success1, double success3, int queries) {
    }

    private record Judged(boolean first, boolean firstThree) {
    }

    private final Map<String, Judged> byQuery;

    private PassageRun(Map<String, Judged> byQuery) {
        this.byQuery = byQuery;
    }

    /** Runs every query of the set through {@code shown} and judges the passages it returns, in their order. */
    public static PassageRun collect(QuerySet queries, MomentJudgments moments,
                                     Function<JudgedQuery, List<ShownPassage>> shown) {
        Map<String, Judged> byQuery = new LinkedHashMap<>();
        for (JudgedQuery q : queries.queries()) {
            if (moments.of(q.id()).isEmpty()) {
                throw new IllegalArgumentException("query " + q.id() + " has no judged moment");
            }
            List<ShownPassage> passages = shown.apply(q);
            byQuery.put(q.id(), new Judged(moments.success(q.id(), passages, 1), moments.success(q.id(), passages, 3)));
        }
        return new PassageRun(byQuery);
    }

    public Score score() {
        return score(id -> true);
    }

    public Score score(Predicate<String> queryIds) {
        int n = 0;
        int first = 0;
        int firstThree = 0;
        for (Map.Entry<String, Judged> e : byQuery.entrySet()) {
            if (queryIds.test(e.getKey())) {
                n++;
                first += e.getValue().first() ? 1 : 0;
                firstThree += e.getValue().firstThree() ? 1 : 0;
            }
        }
        return n == 0 ? new Score(0, 0, 0) : new Score((double) first / n, (double) firstThree / n, n);
    }

    /** The queries whose first shown passage missed, for reading what went wrong. */
    public List<String> missedFirst() {
        return byQuery.entrySet().stream().filter(e -> !e.getValue().first()).map(Map.Entry::getKey).toList();
    }
}
