package org.talkarchive.search.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Plain-text tables of evaluation results, one row per search mode (and optionally per query kind). */
public final class EvalReport {
    private static final String HEADER_FORMAT = "%-10s %8s %7s %7s %7s %8s%n";
    private static final String ROW_FORMAT = "%-10s %8.4f %7.4f %7.4f %7.4f %8d%n";

    private EvalReport() {
    }

    /** One row per mode, in the map's order. */
    public static String table(Map<String, MetricSummary> byMode) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, HEADER_FORMAT, "mode", "nDCG@10", "R@10", "R@100", "MRR", "queries"));
        byMode.forEach((mode, s) -> out.append(row(mode, s)));
        return out.toString();
    }

    /** For each kind of query in the set, a table of the modes restricted to that kind's queries. */
    public static String tableByKind(Map<String, Evaluation> byMode, QuerySet queries) {
        StringBuilder out = new StringBuilder();
        for (String kind : queries.kinds()) {
            Set<String> ids = queries.ofKind(kind).stream().map(JudgedQuery::id).collect(Collectors.toSet());
            List<String> rows = new ArrayList<>();
            byMode.forEach((mode, evaluation) -> {
                MetricSummary s = evaluation.restrictedTo(ids::contains).summary();
                if (s.queries() > 0) {
                    rows.add(row(mode, s));
                }
            });
            if (!rows.isEmpty()) {
                out.append("kind: ").append(kind).append(System.lineSeparator());
                out.append(String.format(Locale.ROOT, HEADER_FORMAT, "mode", "nDCG@10", "R@10", "R@100", "MRR",
                        "queries"));
                rows.forEach(out::append);
            }
        }
        return out.toString();
    }

    private static String row(String mode, MetricSummary s) {
        return String.format(Locale.ROOT, ROW_FORMAT, mode, s.ndcg10(), s.recall10(), s.recall100(), s.mrr(),
                s.queries());
    }
}
