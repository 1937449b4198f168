package org.talkarchive.search.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.talkarchive.corpus.Corpus;
import org.talkarchive.corpus.Talk;
import org.talkarchive.corpus.TalkStatus;

/**
 * A public benchmark in the BEIR layout: {@code corpus.jsonl} ({@code _id}, {@code title}, {@code text}),
 * {@code queries.jsonl} ({@code _id}, {@code text}) and judgments in {@code qrels.trec} (TREC), {@code qrels.tsv} or
 * {@code qrels/test.tsv} (BEIR's {@code query-id corpus-id score} with a header). Each document becomes a talk with
 * its title and its text as abstract, and no speakers, topics or transcript, so that {@code eval --beir} measures the
 * archive's own pipeline on it. Only judged queries are kept, as BEIR scores only those.
 */
public record BeirFolder(Corpus corpus, QuerySet queries, Qrels qrels) {

    /** Benchmark documents have no date; one fixed day keeps them ordinary past talks. */
    private static final LocalDate NO_DATE = LocalDate.of(2000, 1, 1);
    private static final ObjectMapper JSON = new ObjectMapper();

    public static BeirFolder read(Path dir) throws IOException {
        Qrels qrels = readQrels(dir);
        Set<String> judged = qrels.queryIds();
        List<JudgedQuery> queries = new ArrayList<>();
        for (JsonNode q : jsonLines(dir.resolve("queries.jsonl"))) {
            String id = q.path("_id").asText();
            if (judged.contains(id) && !q.path("text").asText().isBlank()) {
                queries.add(new JudgedQuery(id, q.path("text").asText().replace('\t', ' '), QuerySet.UNSPECIFIED_KIND));
            }
        }
        List<Talk> talks = new ArrayList<>();
        for (JsonNode doc : jsonLines(dir.resolve("corpus.jsonl"))) {
            String id = doc.path("_id").asText();
            talks.add(new Talk(id, "benchmark", null, null, NO_DATE, TalkStatus.PAST, doc.path("title").asText(""),
                    List.of(), null, List.of(), List.of(), null, List.of(), doc.path("text").asText(""),
                    "corpus.jsonl"));
        }
        return new BeirFolder(new Corpus(talks, List.of(), List.of(), Map.of()), QuerySet.of(queries), qrels);
    }

    private static Qrels readQrels(Path dir) throws IOException {
        Path trec = dir.resolve("qrels.trec");
        if (Files.isRegularFile(trec)) {
            return Qrels.read(trec);
        }
        Path tsv = firstExisting(dir.resolve("qrels.tsv"), dir.resolve("qrels").resolve("test.tsv"))
                .orElseThrow(() -> new IOException("no judgments in " + dir
                        + ": expected qrels.trec, qrels.tsv or qrels/test.tsv"));
        // BEIR's TSV has a header and three columns; TREC's four-column form is what Qrels reads.
        StringBuilder trecText = new StringBuilder();
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String[] cols = lines.get(i).strip().split("\t");
            if (lines.get(i).isBlank() || (i == 0 && cols[0].equals("query-id"))) {
                continue;
            }
            if (cols.length != 3) {
                throw new EvalInputException(tsv.toString(), i + 1, "expected 'query-id<TAB>corpus-id<TAB>score'");
            }
            trecText.append(cols[0]).append(" 0 ").append(cols[1]).append(' ').append(cols[2]).append('\n');
        }
        return Qrels.parse(trecText.toString(), tsv.toString());
    }

    private static Optional<Path> firstExisting(Path... candidates) {
        for (Path p : candidates) {
            if (Files.isRegularFile(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    private static List<JsonNode> jsonLines(Path file) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    nodes.add(JSON.readTree(line));
                }
            }
        }
        return nodes;
    }
}
