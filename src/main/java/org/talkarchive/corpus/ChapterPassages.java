package org.talkarchive.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * Passages that never straddle a chapter start: the cues of each chapter (a cue belongs to the chapter it starts
 * in) are grouped on their own by the {@link PassageBuilder}, then numbered through.
 */
final class ChapterPassages {
    private final PassageBuilder builder;

    ChapterPassages(PassageBuilder builder) {
        this.builder = builder;
    }

    List<Passage> build(String talkId, List<Cue> cues, List<Chapter> chapters) {
        if (chapters.size() < 2) {
            return builder.build(talkId, cues);
        }
        List<Passage> passages = new ArrayList<>();
        for (List<Cue> part : split(cues, chapters)) {
            for (Passage p : builder.build(talkId, part)) {
                passages.add(new Passage(talkId, passages.size(), p.start(), p.end(), p.text()));
            }
        }
        return passages;
    }

    private static List<List<Cue>> split(List<Cue> cues, List<Chapter> chapters) {
        List<List<Cue>> parts = new ArrayList<>();
        List<Cue> current = new ArrayList<>();
        int next = 1;
        for (Cue cue : cues) {
            boolean crossed = false;
            while (next < chapters.size() && cue.start() >= chapters.get(next).start()) {
                next++;
                crossed = true;
            }
            if (crossed && !current.isEmpty()) {
                parts.add(current);
                current = new ArrayList<>();
            }
            current.add(cue);
        }
        if (!current.isEmpty()) {
            parts.add(current);
        }
        return parts;
    }
}
