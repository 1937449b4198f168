package org.talkarchive.search.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talkarchive.corpus.Talk;

class BeirFolderTest {

    @Test
    void documentsBecomeTalksAndOnlyJudgedQueriesAreKept(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("corpus.jsonl"), """
                {"_id": "d1", "title": "Wing flutter", "text": "Flutter of thin wings at high speed."}
                {"_id": "d2", "title": "", "text": "Heat transfer in a laminar boundary layer."}
                """);
        Files.writeString(dir.resolve("queries.jsonl"), """
                {"_id": "q1", "text": "wing flutter"}
                {"_id": "q2", "text": "not judged, so not run"}
                """);
        Files.createDirectory(dir.resolve("qrels"));
        Files.writeString(dir.resolve("qrels").resolve("test.tsv"), "query-id\tcorpus-id\tscore\nq1\td1\t2\n");
        BeirFolder folder = BeirFolder.read(dir);
        assertEquals(List.of("d1", "d2"), folder.corpus().talks().stream().map(Talk::id).toList());
        assertEquals("Heat transfer in a laminar boundary layer.", folder.corpus().talks().get(1).abstractText());
        assertEquals(List.of("q1"), List.copyOf(folder.queries().ids()));
        assertEquals(Map.of("d1", 2), folder.qrels().judgments("q1"));
    }

    @Test
    void trecQrelsAreReadWhenPresent(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("corpus.jsonl"), "{\"_id\": \"7\", \"title\": \"t\", \"text\": \"x\"}\n");
        Files.writeString(dir.resolve("queries.jsonl"), "{\"_id\": \"1\", \"text\": \"t\"}\n");
        Files.writeString(dir.resolve("qrels.trec"), "1 0 7 3\n");
        assertEquals(3, BeirFolder.read(dir).qrels().grade("1", "7"));
    }

    @Test
    void theBaselineRanksByPlainBm25OverTitleAndText(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("corpus.jsonl"), """
                {"_id": "a", "title": "Wing flutter", "text": "Flutter of thin wings."}
                {"_id": "b", "title": "Boundary layers", "text": "Heat transfer near a wing."}
                {"_id": "c", "title": "Nozzles", "text": "Supersonic nozzle flow."}
                """);
        Files.writeString(dir.resolve("queries.jsonl"), "{\"_id\": \"1\", \"text\": \"t\"}\n");
        Files.writeString(dir.resolve("qrels.trec"), "1 0 a 1\n");
        try (Bm25Baseline bm25 = new Bm25Baseline(BeirFolder.read(dir).corpus().talks())) {
            assertEquals(List.of("a", "b"), bm25.search("fluttering wings", 10).stream().map(ScoredDoc::docId).toList());
        }
    }
}
