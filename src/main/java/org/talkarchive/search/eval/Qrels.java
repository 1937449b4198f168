package org.talkarchive.search.eval;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Relevance judgments in TREC qrels format: {@code qid iteration docid grade}, whitespace separated.
 * The iteration column is ignored, as trec_eval ignores it. Grades are integers; a grade of 1 or more
 * counts as relevant (trec_eval's default relevance level), 0 or less is judged non-relevant and, like a
 * document nobody judged, adds no gain. Lines starting with {@code #} and blank lines are skipped.
 */
public final class Qrels {
    /** Lowest grade that counts as relevant for recall and reciprocal rank. */
    public static final int RELEVANT = 1;

    private final Map<String, Map<String, Integer>> gradesByQuery;

    private Qrels(Map<String, Map<String, Integer>> gradesByQuery) {
        this.gradesByQuery = gradesByQuery;
    }

    public static Qrels read(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(reader, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read qrels file " + file, e);
        }
    }

    public static Qrels parse(String text, String source) {
        try {
            return parse(new StringReader(text), source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads judgments; any bad line throws an {@link EvalInputException} naming {@code source} and the line. */
    public static Qrels parse(Reader reader, String source) throws IOException {
        Map<String, Map<String, Integer>> grades = new LinkedHashMap<>();
        TrecLines file = TrecLines.read(reader);
        for (TrecLines.Line line : file.lines()) {
            int number = line.number();
            String trimmed = line.text();
            String[] fields = line.fields();
            if (fields.length != 4) {
                throw new EvalInputException(source, number,
                        "expected 'qid 0 docid grade' (4 fields) but found " + fields.length + ": " + trimmed);
            }
            int grade;
            try {
                grade = Integer.parseInt(fields[3]);
            } catch (NumberFormatException e) {
                throw new EvalInputException(source, number, "grade must be an integer but was '" + fields[3] + "'");
            }
            Map<String, Integer> forQuery = grades.computeIfAbsent(fields[0], k -> new LinkedHashMap<>());
            Integer previous = forQuery.putIfAbsent(fields[2], grade);
            if (previous != null) {
                throw new EvalInputException(source, number,
                        "document " + fields[2] + " is judged twice for query " + fields[0]);
            }
        }
        if (grades.isEmpty()) {
            throw new EvalInputException(source, file.lineCount(), "no judgments found");
        }
        grades.replaceAll((qid, g) -> Collections.unmodifiableMap(g));
        return new Qrels(Collections.unmodifiableMap(grades));
    }

    /** Query ids in order of first appearance. */
    public Set<String> queryIds() {
        return gradesByQuery.keySet();
    }

    /** All judged documents of a query with their grades; empty if the query was never judged. */
    public Map<String, Integer> judgments(String qid) {
        return gradesByQuery.getOrDefault(qid, Map.of());
    }

    /** The grade of a document, 0 when it was not judged. */
    public int grade(String qid, String docId) {
        return judgments(qid).getOrDefault(docId, 0);
    }

    public int relevantCount(String qid) {
        return (int) judgments(qid).values().stream().filter(g -> g >= RELEVANT).count();
    }

    /** Every document id named anywhere in the judgments, sorted. */
    public Set<String> docIds() {
        Set<String> ids = new TreeSet<>();
        gradesByQuery.values().forEach(g -> ids.addAll(g.keySet()));
        return Collections.unmodifiableSet(ids);
    }
}
