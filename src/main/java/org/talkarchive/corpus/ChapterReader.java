package org.talkarchive.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/** Reads a talk's {@code chapters:} list ({@code - start: "12:03"} / {@code title: ...}), in increasing order. */
final class ChapterReader {
    private final String shown;
    private final Problems problems;

    ChapterReader(String shown, Problems problems) {
        this.shown = shown;
        this.problems = problems;
    }

    List<Chapter> read(List<YamlNode> nodes) {
        List<Chapter> chapters = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i) == null) {
                continue;
            }
            FieldReader fields = new FieldReader(nodes.get(i), "chapters[" + i + "].", shown, problems);
            String start = fields.requiredText("start");
            String title = fields.requiredText("title");
            fields.reportUnknown();
            if (start == null || title == null) {
                continue;
            }
            OptionalDouble seconds = Clocks.parse(start);
            if (seconds.isEmpty()) {
                problems.add(shown, fields.lineOf("start"),
                        "chapters[" + i + "].start \"" + start + "\" is not a time (m:ss or h:mm:ss)");
            } else if (!chapters.isEmpty() && seconds.getAsDouble() <= chapters.getLast().start()) {
                problems.add(shown, fields.lineOf("start"),
                        "chapters[" + i + "].start " + start + " is not after the previous chapter's start");
            } else {
                chapters.add(new Chapter(seconds.getAsDouble(), title.strip()));
            }
        }
        return chapters;
    }
}
