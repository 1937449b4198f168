package org.talkarchive.corpus;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads one talk file: YAML front matter between {@code ---} lines, then the abstract as the Markdown body
 * (the layout the series' Jekyll site uses). Every problem is added to {@link Problems} with its line.
 */
final class TalkFileReader {
    static final Pattern ID = TalkIdSyntax.PATTERN;
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final Set<String> topicIds;
    private final Problems problems;
    /** First file (as shown) that declared each id, to report duplicates even when a talk has other problems. */
    private final Map<String, String> fileOfId = new HashMap<>();

    TalkFileReader(Set<String> topicIds, Problems problems) {
        this.topicIds = topicIds;
        this.problems = problems;
    }

    /**
     * @param fileId   the file name without ".md"; the id inside must equal it
     * @param relative path relative to the corpus folder, stored in {@link Talk#file()}
     * @param shown    path shown in problems, starting with the corpus folder's name
     */
    Optional<Talk> read(String text, String fileId, String relative, String shown) {
        int before = problems.size();
        String[] lines = text.split("\r?\n", -1);
        if (lines.length == 0 || !lines[0].strip().equals("---")) {
            problems.add(shown, 1, "must start with a '---' line opening the YAML front matter");
            return Optional.empty();
        }
        int close = -1;
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].strip().equals("---")) {
                close = i;
                break;
            }
        }
        if (close < 0) {
            problems.add(shown, 1, "the front matter is not closed by a '---' line");
            return Optional.empty();
        }
        String yaml = String.join("\n", List.of(lines).subList(1, close));
        String body = String.join("\n", List.of(lines).subList(close + 1, lines.length)).strip();
        Optional<YamlNode> parsed = YamlParser.parse(yaml, shown, 1, problems);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        YamlNode root = parsed.get();
        if (!root.isMap()) {
            problems.add(shown, 2, "the front matter must be a map of fields, found " + root.kind());
            return Optional.empty();
        }
        FieldReader fields = new FieldReader(root, "", shown, problems);
        String id = fields.requiredText("id");
        if (id != null && !ID.matcher(id).matches()) {
            problems.add(shown, fields.lineOf("id"), "id \"" + id + "\" must be lower-case letters, digits and hyphens");
        } else if (id != null && !id.equals(fileId)) {
            problems.add(shown, fields.lineOf("id"), "id \"" + id + "\" does not match the file name (expected \"" + fileId + "\")");
        }
        if (id != null) {
            String other = fileOfId.putIfAbsent(id, shown);
            if (other != null) {
                problems.add(shown, fields.lineOf("id"), "duplicate id \"" + id + "\" (also in " + other + ")");
            }
        }
        String series = fields.requiredText("series");
        Integer season = fields.integer("season", false);
        Integer episode = fields.integer("episode", false);
        TalkStatus status = status(fields, shown);
        LocalDate date = date(fields, shown, status);
        String title = fields.requiredText("title");
        String video = fields.optionalText("video");
        if (video != null && !video.matches("https?://\\S+")) {
            problems.add(shown, fields.lineOf("video"), "video \"" + video + "\" is not an http(s) URL");
        }
        List<String> topics = new ArrayList<>();
        for (FieldReader.ItemAt topic : fields.textList("topics")) {
            if (!topicIds.contains(topic.text())) {
                problems.add(shown, topic.line(), "unknown topic \"" + topic.text() + "\" (not in topics.yml)");
            } else if (topics.contains(topic.text())) {
                problems.add(shown, topic.line(), "topic \"" + topic.text() + "\" is listed twice");
            } else {
                topics.add(topic.text());
            }
        }
        List<String> tags = tags(fields, shown);
        String language = fields.optionalNonBlankText("language");
        List<Chapter> chapters = new ChapterReader(shown, problems).read(fields.mapList("chapters", false));
        List<Speaker> speakers = speakers(fields, shown);
        fields.reportUnknown();
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Talk(id, series, season, episode, date, status, title, speakers, video, topics, tags,
                language, chapters, body, relative));
    }

    private TalkStatus status(FieldReader fields, String shown) {
        String status = fields.requiredText("status");
        if (status == null) {
            return null;
        }
        try {
            return TalkStatus.valueOf(status.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(shown, fields.lineOf("status"), "status \"" + status + "\" must be past or upcoming");
            return null;
        }
    }

    private LocalDate date(FieldReader fields, String shown, TalkStatus status) {
        String date = fields.optionalText("date");
        if (date == null) {
            if (status == TalkStatus.PAST) {
                problems.add(shown, fields.lineOf("date"), "date is missing (a past talk needs its date, YYYY-MM-DD)");
            }
            return null;
        }
        try {
            if (!ISO_DATE.matcher(date).matches()) {
                throw new DateTimeParseException("not ISO", date, 0);
            }
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            problems.add(shown, fields.lineOf("date"), "date \"" + date + "\" is not a valid date (YYYY-MM-DD)");
            return null;
        }
    }

    /** Source tags are free text, but each only once (case-insensitively), so facet counts stay per talk. */
    private List<String> tags(FieldReader fields, String shown) {
        List<String> tags = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (FieldReader.ItemAt tag : fields.textList("tags")) {
            if (!seen.add(tag.text().strip().toLowerCase(Locale.ROOT))) {
                problems.add(shown, tag.line(), "tag \"" + tag.text() + "\" is listed twice");
            } else {
                tags.add(tag.text().strip());
            }
        }
        return tags;
    }

    /** {@code speakers: []} says the speakers are unknown; a missing field is still a mistake. */
    private List<Speaker> speakers(FieldReader fields, String shown) {
        if (!fields.has("speakers")) {
            problems.add(shown, fields.line(), "speakers is missing (write \"speakers: []\" when they are unknown)");
        }
        List<YamlNode> nodes = fields.mapList("speakers", false);
        List<Speaker> speakers = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i) == null) {
                continue;
            }
            FieldReader speaker = new FieldReader(nodes.get(i), "speakers[" + i + "].", shown, problems);
            String name = speaker.requiredText("name");
            String affiliation = speaker.optionalNonBlankText("affiliation");
            String country = speaker.optionalNonBlankText("country");
            String website = speaker.optionalText("website");
            String bio = speaker.optionalText("bio");
            speaker.reportUnknown();
            speakers.add(new Speaker(name, affiliation, country, website == null || website.isBlank() ? null : website,
                    bio == null ? "" : bio));
        }
        return speakers;
    }
}
