package org.talkarchive.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The small path language of docs/api-examples.md: {@code hits[0].id}, {@code hits[*].id} (every element),
 * {@code related.length} (size of an array).
 */
final class JsonPaths {

    private static final Pattern STEP = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)|\\[(\\d+|\\*)]");

    private JsonPaths() {
    }

    /** Every node the path reaches; empty when a step is missing. */
    static List<JsonNode> select(JsonNode root, String path) {
        List<JsonNode> current = List.of(root);
        Matcher m = STEP.matcher(path);
        int end = 0;
        while (m.find()) {
            if (m.start() != end && !(m.start() == end + 1 && path.charAt(end) == '.')) {
                throw new IllegalArgumentException("bad path: " + path);
            }
            end = m.end();
            List<JsonNode> next = new ArrayList<>();
            for (JsonNode node : current) {
                if (m.group(1) != null && m.group(1).equals("length") && node.isArray()) {
                    next.add(JsonNodeFactory.instance.numberNode(node.size()));
                } else if (m.group(1) != null) {
                    if (node.has(m.group(1))) {
                        next.add(node.get(m.group(1)));
                    }
                } else if (m.group(2).equals("*")) {
                    node.forEach(next::add);
                } else {
                    int i = Integer.parseInt(m.group(2));
                    if (node.isArray() && i < node.size()) {
                        next.add(node.get(i));
                    }
                }
            }
            current = next;
        }
        if (end != path.length()) {
            throw new IllegalArgumentException("bad path: " + path);
        }
        return current;
    }
}
