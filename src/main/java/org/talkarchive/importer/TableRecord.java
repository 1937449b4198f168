package org.talkarchive.importer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One row of a table (a CSV/TSV row or a JSON Lines record): its line and its values by column. A JSON array is a
 * list; in a cell, list columns separate their items with ";".
 */
record TableRecord(int line, Map<String, List<String>> values) {

    /** The text of a column, stripped; null when absent or blank. */
    String text(String column) {
        List<String> items = values.getOrDefault(column, List.of());
        String text = String.join("; ", items).strip();
        return text.isEmpty() ? null : text;
    }

    /** The items of a list column; one text is split at ";". Blank items and repeats (any case) are dropped. */
    List<String> list(String column) {
        List<String> items = values.getOrDefault(column, List.of());
        List<String> raw = items.size() == 1 ? Arrays.asList(items.getFirst().split(";")) : items;
        List<String> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String item : raw) {
            String text = item.strip();
            if (!text.isEmpty() && seen.add(text.toLowerCase(Locale.ROOT))) {
                out.add(text);
            }
        }
        return out;
    }

    /** Items of a list column kept in position (blanks kept as null), to pair affiliations with speakers. */
    List<String> aligned(String column) {
        List<String> items = values.getOrDefault(column, List.of());
        List<String> raw = items.size() == 1 ? Arrays.asList(items.getFirst().split(";", -1)) : items;
        return raw.stream().map(s -> s == null || s.isBlank() ? null : s.strip()).toList();
    }
}
