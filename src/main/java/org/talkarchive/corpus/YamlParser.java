package org.talkarchive.corpus;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

/**
 * Parses YAML with Jackson's streaming parser into {@link YamlNode}s that remember their lines
 * (a tree from {@code ObjectMapper.readTree} would lose them).
 */
final class YamlParser {
    private static final YAMLFactory FACTORY = YAMLFactory.builder().build();

    private YamlParser() {
    }

    /**
     * @param lineOffset added to the parser's lines, for YAML that starts further down a file (front matter)
     * @return the document, or empty after adding a problem with the line of the syntax error
     */
    static Optional<YamlNode> parse(String yaml, String shownName, int lineOffset, Problems problems) {
        try (JsonParser parser = FACTORY.createParser(yaml)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return Optional.of(YamlNode.ofNull(1 + lineOffset));
            }
            YamlNode root = read(parser, lineOffset, shownName, problems);
            return Optional.of(root);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? 0 : at.getLineNr() + lineOffset;
            problems.add(shownName, Math.max(line, 0), "malformed YAML: " + firstLine(e.getOriginalMessage()));
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static YamlNode read(JsonParser p, int offset, String shownName, Problems problems) throws IOException {
        int line = p.currentTokenLocation().getLineNr() + offset;
        JsonToken token = p.currentToken();
        switch (token) {
            case START_OBJECT -> {
                LinkedHashMap<String, YamlNode.Entry> map = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    int keyLine = p.currentTokenLocation().getLineNr() + offset;
                    p.nextToken();
                    YamlNode value = read(p, offset, shownName, problems);
                    if (map.containsKey(key)) {
                        problems.add(shownName, keyLine, "\"" + key + "\" appears twice");
                    }
                    map.put(key, new YamlNode.Entry(keyLine, value));
                }
                return YamlNode.ofMap(line, map);
            }
            case START_ARRAY -> {
                List<YamlNode> list = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    list.add(read(p, offset, shownName, problems));
                }
                return YamlNode.ofList(line, list);
            }
            case VALUE_NULL -> {
                return YamlNode.ofNull(line);
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return YamlNode.ofScalar(line, p.getText(), true);
            }
            default -> {
                return YamlNode.ofScalar(line, p.getText(), false);
            }
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "syntax error";
        }
        String trimmed = message.strip();
        int newline = trimmed.indexOf('\n');
        return newline < 0 ? trimmed : trimmed.substring(0, newline).strip();
    }
}
