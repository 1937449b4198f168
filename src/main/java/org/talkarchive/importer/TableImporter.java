package org.talkarchive.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.talkarchive.corpus.Problem;

/**
 * Reads a spreadsheet export, one row per talk: CSV ({@code .csv}), TSV ({@code .tsv}) or JSON Lines
 * ({@code .jsonl}), with the columns of {@link TableColumns}. Problems name the file and the line.
 */
public final class TableImporter {
    private final String defaultSeries;
    private final Path transcripts;

    /** @param defaultSeries series of rows without one, or null; @param transcripts captions folder, or null */
    public TableImporter(String defaultSeries, Path transcripts) {
        this.defaultSeries = defaultSeries;
        this.transcripts = transcripts;
    }

    public SourceRead read(Path file) {
        String shown = file.getFileName().toString();
        List<Problem> problems = new ArrayList<>();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.add(new Problem(shown, 0, "cannot be read as UTF-8 text: " + e.getMessage()));
            return new SourceRead(List.of(), problems);
        }
        String lower = shown.toLowerCase(Locale.ROOT);
        List<TableRecord> records;
        if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
            records = jsonLines(text, shown, problems);
        } else if (lower.endsWith(".csv") || lower.endsWith(".tsv")) {
            records = delimited(text, lower.endsWith(".csv") ? ',' : '\t', shown, problems);
        } else {
            problems.add(new Problem(shown, 0, "is not a table (use .csv, .tsv or .jsonl)"));
            return new SourceRead(List.of(), problems);
        }
        TableColumns columns = new TableColumns(shown, defaultSeries, transcripts);
        List<ImportedTalk> talks = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (TableRecord record : records) {
            Optional<ImportedTalk> talk = columns.talk(record, problems);
            if (talk.isPresent() && !keys.add(talk.get().sourceKey())) {
                problems.add(new Problem(shown, record.line(), "talk \"" + talk.get().talk().id()
                        + "\" appears twice (give the rows distinct ids); skipped"));
            } else {
                talk.ifPresent(talks::add);
            }
        }
        return new SourceRead(talks, problems);
    }

    private static List<TableRecord> delimited(String text, char delimiter, String shown, List<Problem> problems) {
        List<DelimitedTable.Row> rows = new DelimitedTable(delimiter).parse(text, shown, problems);
        List<TableRecord> records = new ArrayList<>();
        if (rows.isEmpty()) {
            problems.add(new Problem(shown, 1, "has no header row (" + String.join(", ", TableColumns.ALL) + ")"));
            return records;
        }
        List<String> header = rows.getFirst().cells().stream().map(c -> c.strip().toLowerCase(Locale.ROOT)).toList();
        if (!knownColumns(header, shown, rows.getFirst().line(), problems)) {
            return records;
        }
        for (DelimitedTable.Row row : rows.subList(1, rows.size())) {
            if (row.cells().size() > header.size()) {
                problems.add(new Problem(shown, row.line(), "has " + row.cells().size() + " fields, the header "
                        + header.size() + " (a delimiter in an unquoted field?); skipped"));
                continue;
            }
            Map<String, List<String>> values = new LinkedHashMap<>();
            for (int i = 0; i < row.cells().size(); i++) {
                values.put(header.get(i), List.of(row.cells().get(i)));
            }
            records.add(new TableRecord(row.line(), values));
        }
        return records;
    }

    private static List<TableRecord> jsonLines(String text, String shown, List<Problem> problems) {
        List<TableRecord> records = new ArrayList<>();
        String[] lines = (text.startsWith("\uFEFF") ? text.substring(1) : text).split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int line = i + 1;
            if (lines[i].isBlank()) {
                continue;
            }
            Optional<JsonNode> node = JsonRecords.parse(lines[i], shown, line, problems);
            if (node.isEmpty()) {
                continue;
            }
            if (!node.get().isObject()) {
                problems.add(new Problem(shown, line, "must be a JSON object, one talk per line"));
                continue;
            }
            List<String> keys = new ArrayList<>();
            node.get().fieldNames().forEachRemaining(keys::add);
            if (knownColumns(keys, shown, line, problems)) {
                records.add(new TableRecord(line, values(node.get())));
            }
        }
        return records;
    }

    /** A JSON value as column items: an array's items, or one text (null is no value). */
    private static Map<String, List<String>> values(JsonNode object) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        object.properties().forEach(e -> {
            JsonNode v = e.getValue();
            List<String> items = new ArrayList<>();
            if (v.isArray()) {
                v.forEach(item -> items.add(item.isValueNode() && !item.isNull() ? item.asText() : ""));
            } else if (v.isValueNode() && !v.isNull()) {
                items.add(v.asText());
            }
            values.put(e.getKey(), items);
        });
        return values;
    }

    private static boolean knownColumns(List<String> names, String shown, int line, List<Problem> problems) {
        int before = problems.size();
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            if (!TableColumns.ALL.contains(name)) {
                problems.add(new Problem(shown, line, "unknown column \"" + name + "\" (known: "
                        + String.join(", ", TableColumns.ALL) + ")"));
            } else if (!seen.add(name)) {
                problems.add(new Problem(shown, line, "column \"" + name + "\" appears twice"));
            }
        }
        return problems.size() == before;
    }
}
