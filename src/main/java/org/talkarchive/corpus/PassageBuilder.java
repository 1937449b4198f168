package org.talkarchive.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Groups a transcript's cues into passages of about 30-60 seconds (or the {@link PassageLength} given), cut at
 * sentence ends, for search hits that link into the video. Each passage after the first repeats the previous
 * passage's last sentence (unless overlap is off), so a thought that straddles a cut is still found whole; its start
 * time is that of its first new sentence. Captions without punctuation (raw auto-captions) are cut at cue
 * boundaries instead.
 */
public final class PassageBuilder {
    /**
     * A sentence end: . ! ? (or …) optionally followed by closing quotes or brackets; not the dot of a title before a
     * name ("Mr. Morneau", "the Hon. member", "Dr. Smith"), which left passages ending "Bill Morneau: Mr.".
     */
    private static final Pattern SENTENCE_END = Pattern.compile(
            "(?<!\\b(?:Mr|Mrs|Ms|Mx|Dr|Hon|Prof|Rev|Sr|Jr|St|Gen|Col|Sgt|Rep|Sen|Gov|Pres|vs))"
                    + "[.!?…]+[\"'”’)\\]]*(?=\\s|$)");

    private final double minSeconds;
    private final double maxSeconds;
    private final boolean overlap;

    public PassageBuilder() {
        this(PassageLength.DEFAULT);
    }

    public PassageBuilder(PassageLength length) {
        this(length.minSeconds(), length.maxSeconds(), length.overlap());
    }

    public PassageBuilder(double minSeconds, double maxSeconds) {
        this(minSeconds, maxSeconds, true);
    }

    /** @param overlap whether each passage after the first repeats the previous one's last sentence */
    public PassageBuilder(double minSeconds, double maxSeconds, boolean overlap) {
        if (minSeconds <= 0 || maxSeconds < minSeconds) {
            throw new IllegalArgumentException("need 0 < minSeconds <= maxSeconds, got %s and %s"
                    .formatted(minSeconds, maxSeconds));
        }
        this.minSeconds = minSeconds;
        this.maxSeconds = maxSeconds;
        this.overlap = overlap;
    }

    public List<Passage> build(String talkId, List<Cue> cues) {
        List<Sentence> sentences = sentences(cues);
        List<Passage> passages = new ArrayList<>();
        List<Sentence> current = new ArrayList<>();
        Sentence carried = null;
        for (Sentence sentence : sentences) {
            if (!current.isEmpty()) {
                double withNext = sentence.end - current.getFirst().start;
                double now = current.getLast().end - current.getFirst().start;
                if (withNext > maxSeconds && now >= minSeconds / 2 && hasNew(current, carried)) {
                    passages.add(passage(talkId, passages.size(), current, carried));
                    carried = overlap ? current.getLast() : null;
                    current = overlap ? new ArrayList<>(List.of(carried)) : new ArrayList<>();
                }
            }
            current.add(sentence);
            double length = current.getLast().end - current.getFirst().start;
            if (length >= minSeconds && sentence.complete && hasNew(current, carried)) {
                passages.add(passage(talkId, passages.size(), current, carried));
                carried = overlap ? current.getLast() : null;
                current = overlap ? new ArrayList<>(List.of(carried)) : new ArrayList<>();
            }
        }
        if (hasNew(current, carried)) {
            passages.add(passage(talkId, passages.size(), current, carried));
        }
        return passages;
    }

    /** True when the group holds more than the sentence carried over from the previous passage. */
    private static boolean hasNew(List<Sentence> group, Sentence carried) {
        return !group.isEmpty() && !(group.size() == 1 && group.getFirst() == carried);
    }

    /**
     * The passage's text includes the sentence carried over from the previous one, but its start is where its own
     * new speech begins: a link to it plays what matched, not the sentence before.
     */
    private static Passage passage(String talkId, int ordinal, List<Sentence> group, Sentence carried) {
        StringBuilder text = new StringBuilder();
        for (Sentence s : group) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(s.text);
        }
        Sentence firstNew = group.size() > 1 && group.getFirst() == carried ? group.get(1) : group.getFirst();
        return new Passage(talkId, ordinal, firstNew.start, group.getLast().end, text.toString());
    }

    /**
     * Splits the cue stream into sentences. A sentence takes the start of the cue it begins in and the end of the
     * cue it ends in. A run-on sentence is closed at a cue boundary at the maximum length; captions with no
     * punctuation at all are cut into units of a third of the minimum, so their overlap stays short.
     */
    private List<Sentence> sentences(List<Cue> cues) {
        List<Sentence> sentences = new ArrayList<>();
        boolean punctuated = cues.stream().anyMatch(c -> SENTENCE_END.matcher(c.text()).find());
        double longestUnit = punctuated ? maxSeconds : minSeconds / 3;
        StringBuilder text = new StringBuilder();
        double start = -1;
        for (Cue cue : cues) {
            String rest = cue.text().strip();
            Matcher m = SENTENCE_END.matcher(rest);
            int from = 0;
            while (m.find()) {
                String piece = rest.substring(from, m.end()).strip();
                if (start < 0) {
                    start = cue.start();
                }
                append(text, piece);
                sentences.add(new Sentence(start, cue.end(), text.toString(), true));
                text.setLength(0);
                start = -1;
                from = m.end();
            }
            String tail = rest.substring(from).strip();
            if (!tail.isEmpty()) {
                if (start < 0) {
                    start = cue.start();
                }
                append(text, tail);
                if (cue.end() - start >= longestUnit) {
                    sentences.add(new Sentence(start, cue.end(), text.toString(), false));
                    text.setLength(0);
                    start = -1;
                }
            }
        }
        if (!text.isEmpty()) {
            sentences.add(new Sentence(start, cues.getLast().end(), text.toString(), true));
        }
        return sentences;
    }

    private static void append(StringBuilder text, String piece) {
        if (!text.isEmpty() && !piece.isEmpty()) {
            text.append(' ');
        }
        text.append(piece);
    }

    private record Sentence(double start, double end, String text, boolean complete) {
    }
}
