package org.talkarchive.search.eval;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * TREC run files: one line per retrieved document, {@code qid Q0 docid rank score tag}.
 *
 * <p>Writing keeps the engine's order, numbers ranks from 1 and writes scores at full precision. Reading follows trec_eval, which ignores the
 * rank column and orders a query's documents by score descending, ties broken by docid descending; so a file
 * read back and scored with {@link TrecMetrics} gives trec_eval's numbers. A run whose scores tie can therefore
 * be ordered differently by trec_eval than by the engine; the engine's own evaluation uses its ranks.
 */
public final class RunFile {
    private static final Comparator<ScoredDoc> TREC_EVAL_ORDER = Comparator
            .comparingDouble(ScoredDoc::score).reversed()
            .thenComparing(ScoredDoc::docId, Comparator.reverseOrder());

    private RunFile() {
    }

    public static void write(Run run, Path file) {
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(run, writer);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write run file " + file, e);
        }
    }

    public static void write(Run run, Writer writer) throws IOException {
        for (Map.Entry<String, List<ScoredDoc>> entry : run.rankings().entrySet()) {
            int rank = 1;
            for (ScoredDoc doc : entry.getValue()) {
                writer.write(entry.getKey() + " Q0 " + doc.docId() + " " + rank++ + " " + scoreText(doc.score())
                        + " " + run.tag() + "\n");
            }
        }
    }

    /**
     * The shortest text that reads back as the same double: rounding to a fixed number of digits would turn close
     * fused scores into ties that trec_eval then reorders by docid.
     */
    static String scoreText(double score) {
        return Double.toString(score);
    }

    public static Run read(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read run file " + file, e);
        }
    }

    /** Reads a run; the tag is taken from the first line. Bad lines throw {@link EvalInputException}. */
    public static Run read(Reader reader, String source) throws IOException {
        Map<String, List<ScoredDoc>> rankings = new LinkedHashMap<>();
        String tag = null;
        TrecLines file = TrecLines.read(reader);
        for (TrecLines.Line line : file.lines()) {
            int number = line.number();
            String trimmed = line.text();
            String[] fields = line.fields();
            if (fields.length != 6) {
                throw new EvalInputException(source, number,
                        "expected 'qid Q0 docid rank score tag' (6 fields) but found " + fields.length + ": " + trimmed);
            }
            double score;
            try {
                score = Double.parseDouble(fields[4]);
            } catch (NumberFormatException e) {
                throw new EvalInputException(source, number, "score must be a number but was '" + fields[4] + "'");
            }
            if (tag == null) {
                tag = fields[5];
            }
            List<ScoredDoc> docs = rankings.computeIfAbsent(fields[0], k -> new ArrayList<>());
            String docId = fields[2];
            if (docs.stream().anyMatch(d -> d.docId().equals(docId))) {
                throw new EvalInputException(source, number,
                        "document " + docId + " is retrieved twice for query " + fields[0]);
            }
            docs.add(new ScoredDoc(docId, score));
        }
        if (tag == null) {
            throw new EvalInputException(source, file.lineCount(), "run file has no results");
        }
        rankings.values().forEach(docs -> docs.sort(TREC_EVAL_ORDER));
        return new Run(tag, rankings);
    }
}
