package org.talkarchive.search;

import java.util.List;

/**
 * A piece of a talk's text with the spans that matched the query, as offsets into {@link #text()}. Plain text: how
 * matches are shown (e.g. HTML {@code <mark>}) is the front end's business.
 *
 * @param matches ordered, non-overlapping spans; empty when the text is shown for context only
 */
public record Fragment(String text, List<Match> matches) {

    /** One matched span: {@code text.substring(start, end)}. */
    public record Match(int start, int end) {
        public Match {
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("not a span: " + start + ".." + end);
            }
        }
    }

    public Fragment {
        matches = List.copyOf(matches);
        for (Match m : matches) {
            if (m.end() > text.length()) {
                throw new IllegalArgumentException("match " + m + " ends after the text (" + text.length() + ")");
            }
        }
    }

    /** Text shown for context, nothing matched. */
    public static Fragment plain(String text) {
        return new Fragment(text, List.of());
    }

    public boolean hasMatches() {
        return !matches.isEmpty();
    }

    /** The matched words, in order, e.g. for tests and plain-text front ends. */
    public List<String> matchedText() {
        return matches.stream().map(m -> text.substring(m.start(), m.end())).toList();
    }
}
