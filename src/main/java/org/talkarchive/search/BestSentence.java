package org.talkarchive.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sentence of a marked passage that holds the most matches (the earliest of equals), with the next one when it
 * is short: what a compact result list shows of a passage. Works on our own {@link Fragment}, so any engine that
 * marks whole passages gets the same fragments.
 */
final class BestSentence {

    /** A sentence ends at . ? ! or … followed by white space. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.?!…])\\s+");
    /** A shorter sentence takes its neighbour along, so the fragment says enough to recognise the moment. */
    private static final int MIN_CHARS = 80;

    private BestSentence() {
    }

    static Fragment of(Fragment passage) {
        List<int[]> sentences = sentences(passage.text());
        int best = 0;
        long bestMatches = -1;
        for (int i = 0; i < sentences.size(); i++) {
            int[] s = sentences.get(i);
            long matches = passage.matches().stream().filter(m -> m.start() >= s[0] && m.end() <= s[1]).count();
            if (matches > bestMatches) {
                best = i;
                bestMatches = matches;
            }
        }
        int from = sentences.get(best)[0];
        int to = sentences.get(best)[1];
        if (to - from < MIN_CHARS && best + 1 < sentences.size()) {
            to = sentences.get(best + 1)[1];
        }
        List<Fragment.Match> matches = new ArrayList<>();
        for (Fragment.Match m : passage.matches()) {
            if (m.start() >= from && m.end() <= to) {
                matches.add(new Fragment.Match(m.start() - from, m.end() - from));
            }
        }
        return new Fragment(passage.text().substring(from, to), matches);
    }

    /** Start and end offsets of each sentence, without the white space between them. */
    private static List<int[]> sentences(String text) {
        List<int[]> out = new ArrayList<>();
        Matcher end = SENTENCE_END.matcher(text);
        int from = 0;
        while (end.find()) {
            out.add(new int[] {from, end.start()});
            from = end.end();
        }
        out.add(new int[] {from, text.length()});
        return out;
    }
}
