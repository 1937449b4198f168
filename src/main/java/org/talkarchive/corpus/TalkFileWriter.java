package org.talkarchive.corpus;

import java.util.List;

/**
 * Writes a {@link Talk} as a talk file that {@link TalkFileReader} reads back to the same talk: YAML front matter
 * (every text double-quoted, so no value can change the YAML's structure) and the abstract as the body. The same
 * talk always gives the same bytes, so re-running an import changes no file.
 */
public final class TalkFileWriter {

    private TalkFileWriter() {
    }

    public static String write(Talk talk) {
        StringBuilder out = new StringBuilder("---\n");
        out.append("id: ").append(YamlText.quote(talk.id())).append('\n');
        out.append("series: ").append(YamlText.quote(talk.series())).append('\n');
        if (talk.season() != null) {
            out.append("season: ").append(talk.season()).append('\n');
        }
        if (talk.episode() != null) {
            out.append("episode: ").append(talk.episode()).append('\n');
        }
        if (talk.date() != null) {
            out.append("date: ").append(talk.date()).append('\n');
        }
        out.append("status: ").append(talk.status().label()).append('\n');
        out.append("title: ").append(YamlText.quote(talk.title())).append('\n');
        optional(out, "video", talk.video());
        optional(out, "language", talk.language());
        out.append("topics: ").append(flowList(talk.topics())).append('\n');
        if (!talk.tags().isEmpty()) {
            out.append("tags: ").append(flowList(talk.tags())).append('\n');
        }
        if (!talk.chapters().isEmpty()) {
            out.append("chapters:\n");
            for (Chapter chapter : talk.chapters()) {
                out.append("  - start: ").append(YamlText.quote(chapter.clock())).append('\n');
                out.append("    title: ").append(YamlText.quote(chapter.title())).append('\n');
            }
        }
        speakers(out, talk.speakers());
        out.append("---\n");
        String body = talk.abstractText().replace("\r\n", "\n").replace('\r', '\n').strip();
        if (!body.isEmpty()) {
            out.append('\n').append(body).append('\n');
        }
        return out.toString();
    }

    private static void speakers(StringBuilder out, List<Speaker> speakers) {
        if (speakers.isEmpty()) {
            out.append("speakers: []\n");
            return;
        }
        out.append("speakers:\n");
        for (Speaker s : speakers) {
            out.append("  - name: ").append(YamlText.quote(s.name())).append('\n');
            optional(out, "    affiliation", s.affiliation());
            optional(out, "    country", s.country());
            optional(out, "    website", s.website());
            if (s.bio() != null && !s.bio().isBlank()) {
                out.append("    bio: ").append(YamlText.quote(s.bio())).append('\n');
            }
        }
    }

    private static void optional(StringBuilder out, String key, String value) {
        if (value != null && !value.isBlank()) {
            out.append(key).append(": ").append(YamlText.quote(value)).append('\n');
        }
    }

    private static String flowList(List<String> items) {
        return "[" + String.join(", ", items.stream().map(YamlText::quote).toList()) + "]";
    }
}
