package org.talkarchive.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.talkarchive.corpus.Problem;

class DelimitedTableTest {

    @Test
    void quotedFieldsHoldDelimitersLineBreaksAndDoubledQuotesAndRowsKeepTheirLine() {
        String csv = "\uFEFFtitle,abstract\r\n\"A, B\",\"Line one\r\nline \"\"two\"\"\"\r\n\r\nC,\r\n";
        List<Problem> problems = new ArrayList<>();
        List<DelimitedTable.Row> rows = new DelimitedTable(',').parse(csv, "t.csv", problems);
        assertEquals(List.of(), problems);
        assertEquals(List.of(new DelimitedTable.Row(1, List.of("title", "abstract")),
                new DelimitedTable.Row(2, List.of("A, B", "Line one\r\nline \"two\"")),
                new DelimitedTable.Row(5, List.of("C", ""))), rows);
    }

    @Test
    void tabsSeparateTsvFields() {
        List<DelimitedTable.Row> rows = new DelimitedTable('\t').parse("a\tb\n\"x\ty\"\tz", "t.tsv", new ArrayList<>());
        assertEquals(List.of("x\ty", "z"), rows.get(1).cells());
    }

    @Test
    void aQuoteLeftOpenIsReportedAtTheLineItOpens() {
        List<Problem> problems = new ArrayList<>();
        new DelimitedTable(',').parse("title\nok\n\"never closed\nmore\n", "t.csv", problems);
        assertEquals(List.of("t.csv:3: a quoted field is never closed (a \" is missing)"),
                problems.stream().map(Problem::toString).toList());
    }
}
