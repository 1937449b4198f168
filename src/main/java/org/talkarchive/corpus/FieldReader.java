package org.talkarchive.corpus;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the fields of one YAML map and reports, with their lines, fields that are missing, of the wrong kind
 * or unknown. {@code path} prefixes messages, e.g. "speakers[1]." so a message reads "speakers[1].name is missing".
 */
final class FieldReader {
    private final YamlNode node;
    private final String path;
    private final String file;
    private final Problems problems;
    private final Set<String> known = new LinkedHashSet<>();

    FieldReader(YamlNode node, String path, String file, Problems problems) {
        this.node = node;
        this.path = path;
        this.file = file;
        this.problems = problems;
    }

    int line() {
        return node.line();
    }

    /** Text of a required field; null (after a problem) when missing or not text. */
    String requiredText(String key) {
        String value = optionalText(key);
        if (value == null && !present(key)) {
            problems.add(file, lineOf(key), path + key + " is missing");
        } else if (value != null && value.isBlank()) {
            problems.add(file, lineOf(key), path + key + " is empty");
            return null;
        }
        return value;
    }

    /** Text of an optional field; null when absent or null. */
    String optionalText(String key) {
        known.add(key);
        YamlNode value = value(key);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isScalar()) {
            problems.add(file, value.line(), path + key + " must be text, found " + value.kind());
            return null;
        }
        return value.scalar();
    }

    /** Text of an optional field that, when given, must not be blank (omit a field rather than leave it empty). */
    String optionalNonBlankText(String key) {
        String value = optionalText(key);
        if (value != null && value.isBlank()) {
            problems.add(file, lineOf(key), path + key + " is empty (omit it when unknown)");
            return null;
        }
        return value;
    }

    /** A whole number, or null (after a problem when the field is required or not a number). */
    Integer integer(String key, boolean required) {
        known.add(key);
        YamlNode value = value(key);
        if (value == null || value.isNull()) {
            if (required) {
                problems.add(file, value == null ? node.line() : value.line(), path + key + " is missing");
            }
            return null;
        }
        if (value.isScalar() && value.scalar().matches("[0-9]{1,4}")) {
            return Integer.valueOf(value.scalar());
        }
        problems.add(file, value.line(), path + key + " must be a whole number, found \"" + describe(value) + "\"");
        return null;
    }

    /** A list of text items (a missing field is an empty list). */
    List<ItemAt> textList(String key) {
        known.add(key);
        YamlNode value = value(key);
        List<ItemAt> items = new ArrayList<>();
        if (value == null || value.isNull()) {
            return items;
        }
        if (!value.isList()) {
            problems.add(file, value.line(), path + key + " must be a list, found " + value.kind());
            return items;
        }
        for (int i = 0; i < value.list().size(); i++) {
            YamlNode item = value.list().get(i);
            if (item.isScalar() && !item.scalar().isBlank()) {
                items.add(new ItemAt(item.scalar(), item.line()));
            } else {
                problems.add(file, item.line(), path + key + "[" + i + "] must be text, found " + item.kind());
            }
        }
        return items;
    }

    /** The nodes of a list of maps; a missing field is reported when required. */
    List<YamlNode> mapList(String key, boolean required) {
        known.add(key);
        YamlNode value = value(key);
        List<YamlNode> items = new ArrayList<>();
        if (value == null || value.isNull()) {
            if (required) {
                problems.add(file, value == null ? node.line() : value.line(), path + key + " is missing");
            }
            return items;
        }
        if (!value.isList()) {
            problems.add(file, value.line(), path + key + " must be a list, found " + value.kind());
            return items;
        }
        for (int i = 0; i < value.list().size(); i++) {
            YamlNode item = value.list().get(i);
            if (item.isMap()) {
                items.add(item);
            } else {
                problems.add(file, item.line(), path + key + "[" + i + "] must be a map of fields, found " + item.kind());
                items.add(null);
            }
        }
        return items;
    }

    /** Line of a field's value, or of the map when the field is absent. */
    int lineOf(String key) {
        YamlNode value = value(key);
        return value == null ? node.line() : value.line();
    }

    /** Reports every field that none of the getters asked for. Call after reading. */
    void reportUnknown() {
        for (Map.Entry<String, YamlNode.Entry> entry : node.map().entrySet()) {
            if (!known.contains(entry.getKey())) {
                problems.add(file, entry.getValue().keyLine(), path + entry.getKey()
                        + " is not a known field (known: " + String.join(", ", known) + ")");
            }
        }
    }

    /** Whether the map has the field at all (even with a null value). */
    boolean has(String key) {
        return node.map().containsKey(key);
    }

    private boolean present(String key) {
        YamlNode value = value(key);
        return value != null && !value.isNull();
    }

    private YamlNode value(String key) {
        YamlNode.Entry entry = node.map().get(key);
        return entry == null ? null : entry.value();
    }

    private static String describe(YamlNode value) {
        return value.isScalar() ? value.scalar() : value.kind();
    }

    /** A text item of a list with its line. */
    record ItemAt(String text, int line) {
    }
}
