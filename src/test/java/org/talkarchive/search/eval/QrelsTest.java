package org.talkarchive.search.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QrelsTest {
    @Test
    void readsGradesAndTreatsUnjudgedDocumentsAsZero() {
        Qrels qrels = Qrels.parse("""
                # a comment
                q1 0 s01e01 2
                q1\t0\ts01e02\t1

                q2 0 s02e01 0
                """, "test.qrels");

        assertEquals(Map.of("s01e01", 2, "s01e02", 1), qrels.judgments("q1"));
        assertEquals(0, qrels.grade("q1", "s09e03"));
        assertEquals(2, qrels.relevantCount("q1"));
        assertEquals(0, qrels.relevantCount("q2"));
        assertEquals(Set.of("s01e01", "s01e02", "s02e01"), qrels.docIds());
    }

    @Test
    void aLineWithTheWrongNumberOfFieldsNamesFileAndLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.qrels");
        Files.writeString(file, "q1 0 s01e01 2\nq1 0 s01e02 1\nq1 s01e03 2\n");

        EvalInputException e = assertThrows(EvalInputException.class, () -> Qrels.read(file));

        assertEquals(file + ":3: expected 'qid 0 docid grade' (4 fields) but found 3: q1 s01e03 2", e.getMessage());
        assertEquals(3, e.line());
    }

    @Test
    void aGradeThatIsNotANumberNamesFileAndLine() {
        EvalInputException e = assertThrows(EvalInputException.class,
                () -> Qrels.parse("q1 0 s01e01 2\n\nq1 0 s01e02 high\n", "r.tsv"));

        assertEquals("r.tsv:3: grade must be an integer but was 'high'", e.getMessage());
    }

    @Test
    void aDocumentJudgedTwiceForOneQueryIsAnError() {
        EvalInputException e = assertThrows(EvalInputException.class,
                () -> Qrels.parse("q1 0 s01e01 2\nq1 0 s01e01 1\n", "r.tsv"));

        assertEquals("r.tsv:2: document s01e01 is judged twice for query q1", e.getMessage());
    }

    @Test
    void anEmptyFileIsAnError() {
        EvalInputException e = assertThrows(EvalInputException.class, () -> Qrels.parse("# nothing\n", "r.tsv"));

        assertEquals("r.tsv:1: no judgments found", e.getMessage());
    }
}
