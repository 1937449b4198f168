package org.talkarchive.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * A transcript as people read it: the passages in order, each without the sentence it repeats from the previous
 * one (see {@link PassageBuilder}), so no line is shown twice.
 */
public final class TranscriptText {
    private TranscriptText() {
    }

    public static List<Passage> readable(List<Passage> passages) {
        List<Passage> out = new ArrayList<>();
        Passage previous = null;
        for (Passage p : passages) {
            String text = previous == null ? p.text() : withoutRepeat(previous.text(), p.text());
            if (!text.isBlank()) {
                out.add(new Passage(p.talkId(), p.ordinal(), p.start(), p.end(), text));
            }
            previous = p;
        }
        return out;
    }

    /** {@code text} without its longest word-aligned opening that ends {@code previous}. */
    static String withoutRepeat(String previous, String text) {
        for (int k = Math.min(previous.length(), text.length()); k > 0; k--) {
            boolean endsWord = k == text.length() || Character.isWhitespace(text.charAt(k));
            boolean startsWord = k == previous.length() || Character.isWhitespace(previous.charAt(previous.length() - k - 1));
            if (endsWord && startsWord && previous.endsWith(text.substring(0, k))) {
                return text.substring(k).strip();
            }
        }
        return text;
    }
}
