package org.talkarchive.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats the unified highlighter's passages as a {@link Fragment} (plain text and match offsets) instead of HTML,
 * joining passages that are not adjacent with an ellipsis as Lucene's default formatter does.
 */
final class FragmentFormatter extends PassageFormatter {

    static final String ELLIPSIS = "… ";

    @Override
    public Fragment format(Passage[] passages, String content) {
        StringBuilder text = new StringBuilder();
        List<Fragment.Match> matches = new ArrayList<>();
        int pos = 0;
        for (Passage passage : passages) {
            if (passage.getStartOffset() > pos && pos > 0) {
                text.append(ELLIPSIS);
            }
            pos = passage.getStartOffset();
            for (int i = 0; i < passage.getNumMatches(); i++) {
                int start = passage.getMatchStarts()[i];
                int end = passage.getMatchEnds()[i];
                if (start > pos) {
                    text.append(content, pos, start);
                    pos = start;
                }
                if (end > pos) {
                    int from = text.length();
                    text.append(content, pos, end);
                    addMatch(matches, from, text.length());
                    pos = end;
                }
            }
            int passageEnd = Math.max(pos, passage.getEndOffset());
            text.append(content, pos, passageEnd);
            pos = passageEnd;
        }
        return new Fragment(text.toString(), matches);
    }

    /** Adjacent spans (overlapping matches of two query terms) become one. */
    private static void addMatch(List<Fragment.Match> matches, int start, int end) {
        if (!matches.isEmpty() && matches.getLast().end() == start) {
            start = matches.removeLast().start();
        }
        matches.add(new Fragment.Match(start, end));
    }
}
