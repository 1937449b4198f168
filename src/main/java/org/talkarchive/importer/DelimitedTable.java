package org.talkarchive.importer;

import java.util.ArrayList;
import java.util.List;
import org.talkarchive.corpus.Problem;

/**
 * Parses CSV (comma) or TSV (tab) as spreadsheets export them (RFC 4180): a header row, fields in double quotes
 * may hold the delimiter, line breaks and doubled quotes ({@code ""}). Each row keeps the line it starts on.
 */
final class DelimitedTable {

    /** A data row and the line of the file it starts on. */
    record Row(int line, List<String> cells) {
    }

    private final char delimiter;

    DelimitedTable(char delimiter) {
        this.delimiter = delimiter;
    }

    /** All rows, the header first; a quote left open adds a problem and ends the table there. */
    List<Row> parse(String text, String shown, List<Problem> problems) {
        List<Row> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int line = 1;
        int rowLine = 1;
        int quoteLine = 0;
        boolean quoted = false;
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < body.length() && body.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == '"' && cell.isEmpty()) {
                quoted = true;
                quoteLine = line;
            } else if (c == delimiter) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < body.length() && body.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                cell.setLength(0);
                addRow(rows, rowLine, cells);
                cells = new ArrayList<>();
                line++;
                rowLine = line;
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            problems.add(new Problem(shown, quoteLine, "a quoted field is never closed (a \" is missing)"));
            return rows;
        }
        if (!cell.isEmpty() || !cells.isEmpty()) {
            cells.add(cell.toString());
            addRow(rows, rowLine, cells);
        }
        return rows;
    }

    /** Blank lines are no rows. */
    private static void addRow(List<Row> rows, int line, List<String> cells) {
        if (!(cells.size() == 1 && cells.getFirst().isBlank())) {
            rows.add(new Row(line, List.copyOf(cells)));
        }
    }
}
