package org.talkarchive.corpus;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Drops what captions repeat rather than say again: the cue an HLS segment repeats from the end of the previous
 * segment (same times, same text), and the lines of YouTube's rolling auto-captions, where each caption starts
 * with the line the previous one ended with.
 */
final class RepeatFilter {
    private static final int RECENT = 4;

    private final Deque<Cue> recent = new ArrayDeque<>();
    private String previousLast = "";

    /** The new words of a cue's lines (joined by newlines) ("" when it says nothing new), or null when the whole cue is a repeat to skip. */
    String newWords(double start, double end, String lines) {
        List<String> words = lines.isEmpty() ? List.of() : List.of(lines.split("\n"));
        String joined = String.join(" ", words);
        for (Cue seen : recent) {
            if (seen.start() == start && seen.end() == end && seen.text().equals(joined)) {
                return null;
            }
        }
        recent.addFirst(new Cue(start, end, joined, 0));
        if (recent.size() > RECENT) {
            recent.removeLast();
        }
        int from = !words.isEmpty() && words.getFirst().equals(previousLast) ? 1 : 0;
        if (!words.isEmpty()) {
            previousLast = words.getLast();
        }
        return String.join(" ", words.subList(from, words.size()));
    }
}
