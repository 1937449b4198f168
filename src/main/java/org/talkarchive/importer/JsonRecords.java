package org.talkarchive.importer;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.talkarchive.corpus.Problem;

/** Reading the JSON records of sources (yt-dlp, PyVideo, JSON Lines) leniently where they vary, with line numbers. */
final class JsonRecords {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonRecords() {
    }

    /** The file's JSON, or empty after adding a problem that names the file and the line of the syntax error. */
    static Optional<JsonNode> read(Path file, String shown, List<Problem> problems) {
        String json;
        try {
            json = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.add(new Problem(shown, 0, "cannot be read as UTF-8 text: " + e.getMessage()));
            return Optional.empty();
        }
        return parse(json, shown, 1, problems);
    }

    /** @param firstLine the line of the file the JSON text starts on (JSON Lines: the record's line) */
    static Optional<JsonNode> parse(String json, String shown, int firstLine, List<Problem> problems) {
        try {
            return Optional.of(MAPPER.readTree(json));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = firstLine + (at == null ? 0 : Math.max(at.getLineNr(), 1) - 1);
            String message = e.getOriginalMessage() == null ? "syntax error"
                    : e.getOriginalMessage().lines().findFirst().orElse("syntax error");
            problems.add(new Problem(shown, line, "malformed JSON: " + message));
            return Optional.empty();
        }
    }

    /** A text field, stripped; null when absent, null or blank. */
    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.isContainerNode()) {
            return null;
        }
        String text = value.asText().strip();
        return text.isEmpty() ? null : text;
    }

    /** The first of the fields that has text, or null. */
    static String firstText(JsonNode node, String... fields) {
        for (String field : fields) {
            String text = text(node, field);
            if (text != null) {
                return text;
            }
        }
        return null;
    }

    /** The texts of a list field (blank items and repeats, ignoring case, dropped), or empty when absent. */
    static List<String> texts(JsonNode node, String field) {
        JsonNode value = node.get(field);
        List<String> out = new ArrayList<>();
        if (value == null || !value.isArray()) {
            return out;
        }
        Set<String> seen = new LinkedHashSet<>();
        for (JsonNode item : value) {
            String text = item.isValueNode() ? item.asText().strip() : "";
            if (!text.isEmpty() && seen.add(text.toLowerCase(Locale.ROOT))) {
                out.add(text);
            }
        }
        return out;
    }

    /** A date from "2019-05-04", "2019-05-04T09:00:00+02:00" or yt-dlp's "20190504"; empty when it is none. */
    static Optional<LocalDate> date(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String iso = text.matches("\\d{8}") ? text.substring(0, 4) + "-" + text.substring(4, 6) + "-" + text.substring(6)
                : text.length() >= 10 ? text.substring(0, 10) : text;
        try {
            return iso.matches("\\d{4}-\\d{2}-\\d{2}") ? Optional.of(LocalDate.parse(iso)) : Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** An http(s) URL without spaces (what talk files accept), or null. */
    static String url(String text) {
        return text != null && text.matches("https?://\\S+") ? text : null;
    }

}
