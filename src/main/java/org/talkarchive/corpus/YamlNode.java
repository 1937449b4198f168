package org.talkarchive.corpus;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML value with the line it starts on, so validation can point at the offending line.
 * Exactly one of {@code scalar}, {@code map}, {@code list} is set, or none for an explicit null.
 */
record YamlNode(int line, String scalar, boolean number, Map<String, Entry> map, List<YamlNode> list) {

    /** A map value together with the line of its key (a missing value is reported at its key). */
    record Entry(int keyLine, YamlNode value) {
    }

    static YamlNode ofScalar(int line, String text, boolean number) {
        return new YamlNode(line, text, number, null, null);
    }

    static YamlNode ofNull(int line) {
        return new YamlNode(line, null, false, null, null);
    }

    static YamlNode ofMap(int line, LinkedHashMap<String, Entry> map) {
        return new YamlNode(line, null, false, map, null);
    }

    static YamlNode ofList(int line, List<YamlNode> list) {
        return new YamlNode(line, null, false, null, list);
    }

    boolean isNull() {
        return scalar == null && map == null && list == null;
    }

    boolean isScalar() {
        return scalar != null;
    }

    boolean isMap() {
        return map != null;
    }

    boolean isList() {
        return list != null;
    }

    /** What the node is, for messages like "expected a list, found text". */
    String kind() {
        if (isMap()) {
            return "a map";
        }
        if (isList()) {
            return "a list";
        }
        return isNull() ? "nothing" : number ? "a number" : "text";
    }
}
