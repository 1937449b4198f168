package org.talkarchive.search.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The judged moments of a passage query set, read from {@code qid<TAB>talk<TAB>start<TAB>end} lines (seconds; a query
 * may have several moments, any of which answers it). {@code #} starts a comment line.
 */
public final class MomentJudgments {

    private final Map<String, List<JudgedMoment>> byQuery;

    private MomentJudgments(Map<String, List<JudgedMoment>> byQuery) {
        this.byQuery = byQuery;
    }

    public static MomentJudgments read(Path file) {
        Map<String, List<JudgedMoment>> byQuery = new LinkedHashMap<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read judged moments " + file, e);
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\\s+");
            if (cols.length != 4) {
                throw new EvalInputException(file.toString(), i + 1, "expected 'qid talk start end' but found: " + line);
            }
            try {
                byQuery.computeIfAbsent(cols[0], k -> new ArrayList<>()).add(
                        new JudgedMoment(cols[1], Double.parseDouble(cols[2]), Double.parseDouble(cols[3])));
            } catch (IllegalArgumentException e) {
                throw new EvalInputException(file.toString(), i + 1, e.getMessage() + ": " + line);
            }
        }
        if (byQuery.isEmpty()) {
            throw new EvalInputException(file.toString(), lines.size(), "no judged moments found");
        }
        return new MomentJudgments(byQuery);
    }

    /** The moments that answer a query; empty when it was not judged. */
    public List<JudgedMoment> of(String queryId) {
        return byQuery.getOrDefault(queryId, List.of());
    }

    /** Whether any of the first {@code k} shown passages points at a moment that answers the query. */
    public boolean success(String queryId, List<ShownPassage> shown, int k) {
        return shown.stream().limit(k).anyMatch(p -> of(queryId).stream().anyMatch(p::hits));
    }
}
