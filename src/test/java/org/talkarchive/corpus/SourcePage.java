package org.talkarchive.corpus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The talks of the series' site pages, parsed independently of the corpus reader so the comparison can catch
 * drift: {@code webinar_talks.md} sections ("### Names (Affiliation, Country)", Title:, Abstract:, Bio:/Short bio:,
 * Video:) and the "Previous talks" list of {@code webinar.md} (code, video, date, title).
 */
final class SourcePage {
    private static final Pattern FIELD = Pattern.compile("^(Title|Abstract|Short bio|Bio|Video):\\s*(.*)$");
    private static final Pattern HEADING = Pattern.compile("^###\\s+(.*?)\\s*\\((.*)\\)\\s*$");
    private static final Pattern PREVIOUS = Pattern.compile(
            "^\\* (S\\d\\dE\\d\\d) - \\*\\*\\[(.*?)]\\((.*?)\\)\\*\\* \\((.*?)\\)\\. (.*?)\\. \\*\\*(.*?)\\*\\*\\s*$");

    /** One "###" section of webinar_talks.md. */
    record Section(List<String> names, String affiliation, String title, String abstractText, List<String> bios,
                   String video) {
    }

    /** One line of the "Previous talks" list. */
    record Listed(String code, String video, String date, String title) {
    }

    private SourcePage() {
    }

    static List<Section> sections(String talksPage) {
        List<Section> sections = new ArrayList<>();
        for (String block : talksPage.split("\n(?=### )")) {
            if (!block.startsWith("### ")) {
                continue;
            }
            String[] lines = block.split("\n---")[0].split("\n");
            Matcher heading = HEADING.matcher(lines[0]);
            if (!heading.matches()) {
                throw new IllegalStateException("unexpected heading: " + lines[0]);
            }
            Map<String, List<StringBuilder>> fields = new LinkedHashMap<>();
            StringBuilder current = null;
            for (int i = 1; i < lines.length; i++) {
                Matcher field = FIELD.matcher(lines[i]);
                if (field.matches()) {
                    String key = field.group(1).equals("Short bio") ? "Bio" : field.group(1);
                    current = new StringBuilder(field.group(2));
                    fields.computeIfAbsent(key, k -> new ArrayList<>()).add(current);
                } else if (current != null) {
                    current.append('\n').append(lines[i]);
                }
            }
            List<String> names = new ArrayList<>();
            for (String name : heading.group(1).split("\\s+(?:&|and)\\s+")) {
                names.add(withoutHonorific(name));
            }
            List<String> bios = new ArrayList<>();
            for (StringBuilder bio : fields.getOrDefault("Bio", List.of())) {
                String text = bio.toString().strip();
                if (text.startsWith("* ")) {
                    for (String item : text.split("\n")) {
                        bios.add(item.replaceFirst("^\\*\\s+", ""));
                    }
                } else {
                    bios.add(text);
                }
            }
            String video = fields.containsKey("Video")
                    ? fields.get("Video").get(0).toString().strip().replaceAll("^\\[[^]]*]\\((.*)\\)$", "$1") : null;
            sections.add(new Section(names, heading.group(2), title(only(fields, "Title")), only(fields, "Abstract"),
                    bios, video));
        }
        return sections;
    }

    static Map<String, Listed> previousTalks(String webinarPage) {
        Map<String, Listed> listed = new LinkedHashMap<>();
        for (String line : webinarPage.split("\n")) {
            Matcher m = PREVIOUS.matcher(line);
            if (m.matches()) {
                listed.put(m.group(1), new Listed(m.group(1), m.group(3), m.group(5), m.group(6)));
            }
        }
        return listed;
    }

    /** Whitespace runs (including no-break spaces and line breaks) as one space; nothing else changes. */
    static String squash(String text) {
        return text == null ? null : text.replaceAll("[\\s\\u00A0]+", " ").strip();
    }

    private static String withoutHonorific(String name) {
        return name.strip().replaceFirst("^(Dr\\.|Prof\\.)\\s+", "");
    }

    private static String title(String raw) {
        String t = raw.strip();
        Matcher bold = Pattern.compile("\\*\\*(.*?)\\*\\*[.\\s\\u00A0]*").matcher(t);
        return bold.matches() ? bold.group(1).strip() : t;
    }

    private static String only(Map<String, List<StringBuilder>> fields, String key) {
        List<StringBuilder> values = fields.get(key);
        if (values == null || values.size() != 1) {
            throw new IllegalStateException("expected one " + key + ": field, found " + (values == null ? 0 : values.size()));
        }
        return values.get(0).toString().strip();
    }
}
