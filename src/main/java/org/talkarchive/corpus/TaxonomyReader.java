package org.talkarchive.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads {@code topics.yml} and {@code datasets.yml}: YAML lists of maps, validated field by field. */
final class TaxonomyReader {
    private final Problems problems;

    TaxonomyReader(Problems problems) {
        this.problems = problems;
    }

    List<Topic> topics(String text, String shown) {
        List<Topic> topics = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (FieldReader fields : entries(text, shown, "topics")) {
            String id = id(fields, shown, seen, "topic");
            String label = fields.requiredText("label");
            String kind = fields.requiredText("kind");
            if (kind != null && !kind.equals("theme") && !kind.equals("application")) {
                problems.add(shown, fields.lineOf("kind"), "kind \"" + kind + "\" must be theme or application");
            }
            String description = fields.requiredText("description");
            if (description != null && description.strip().contains("\n")) {
                problems.add(shown, fields.lineOf("description"), "description must be one line");
            }
            List<String> synonyms = fields.textList("synonyms").stream().map(FieldReader.ItemAt::text).toList();
            fields.reportUnknown();
            if (id != null && label != null && kind != null && description != null) {
                topics.add(new Topic(id, label, kind, description.strip(), synonyms));
            }
        }
        return topics;
    }

    List<Dataset> datasets(String text, String shown) {
        List<Dataset> datasets = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (FieldReader fields : entries(text, shown, "datasets")) {
            String id = id(fields, shown, seen, "dataset");
            String name = fields.requiredText("name");
            List<String> aliases = fields.textList("aliases").stream().map(FieldReader.ItemAt::text).toList();
            String modality = fields.optionalText("modality");
            String homepage = fields.optionalText("homepage");
            if (homepage != null && !homepage.matches("https?://\\S+")) {
                problems.add(shown, fields.lineOf("homepage"), "homepage \"" + homepage + "\" is not an http(s) URL");
            }
            fields.reportUnknown();
            if (id != null && name != null) {
                datasets.add(new Dataset(id, name, aliases, modality, homepage));
            }
        }
        return datasets;
    }

    private String id(FieldReader fields, String shown, Map<String, Integer> seen, String what) {
        String id = fields.requiredText("id");
        if (id == null) {
            return null;
        }
        int line = fields.lineOf("id");
        if (!TalkFileReader.ID.matcher(id).matches()) {
            problems.add(shown, line, what + " id \"" + id + "\" must be lower-case letters, digits and hyphens");
            return null;
        }
        Integer first = seen.putIfAbsent(id, line);
        if (first != null) {
            problems.add(shown, line, "duplicate " + what + " id \"" + id + "\" (first on line " + first + ")");
            return null;
        }
        return id;
    }

    private List<FieldReader> entries(String text, String shown, String listName) {
        Optional<YamlNode> parsed = YamlParser.parse(text, shown, 0, problems);
        List<FieldReader> entries = new ArrayList<>();
        if (parsed.isEmpty()) {
            return entries;
        }
        YamlNode root = parsed.get();
        if (root.isNull()) {
            return entries; // an empty file: no entries yet
        }
        if (!root.isList()) {
            problems.add(shown, root.line(), "must be a YAML list of entries, found " + root.kind());
            return entries;
        }
        for (int i = 0; i < root.list().size(); i++) {
            YamlNode item = root.list().get(i);
            if (item.isMap()) {
                entries.add(new FieldReader(item, listName + "[" + i + "].", shown, problems));
            } else {
                problems.add(shown, item.line(), listName + "[" + i + "] must be a map of fields, found " + item.kind());
            }
        }
        return entries;
    }
}
