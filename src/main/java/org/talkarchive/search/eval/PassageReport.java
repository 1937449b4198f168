package org.talkarchive.search.eval;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Plain-text tables of passage runs: Success@1 and Success@3 per system, optionally per kind of query. */
public final class PassageReport {
    private static final String HEADER = "%-18s %9s %9s %8s%n";
    private static final String ROW = "%-18s %9.4f %9.4f %8d%n";

    private PassageReport() {
    }

    public static String table(Map<String, PassageRun> bySystem) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, HEADER, "system", "Success@1", "Success@3",
                "queries"));
        bySystem.forEach((system, run) -> out.append(row(system, run.score())));
        return out.toString();
    }

    public static String tableByKind(Map<String, PassageRun> bySystem, QuerySet queries) {
        StringBuilder out = new StringBuilder();
        for (String kind : queries.kinds()) {
            Set<String> ids = queries.ofKind(kind).stream().map(JudgedQuery::id).collect(Collectors.toSet());
            out.append("kind: ").append(kind).append(System.lineSeparator());
            out.append(String.format(Locale.ROOT, HEADER, "system", "Success@1", "Success@3", "queries"));
            bySystem.forEach((system, run) -> out.append(row(system, run.score(ids::contains))));
        }
        return out.toString();
    }

    private static String row(String system, PassageRun.Score s) {
        return String.format(Locale.ROOT, ROW, system, s.success1(), s.success3(), s.queries());
    }
}
