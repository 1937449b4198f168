package org.talkarchive.search;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/** The unified highlighter, answering with the {@link FragmentFormatter}'s objects instead of strings. */
final class FragmentHighlighter extends UnifiedHighlighter {

    FragmentHighlighter(Builder builder) {
        super(builder);
    }

    /** Per field, one fragment per document (null where the document has no text in the field). */
    Map<String, Object[]> fragments(String[] fields, Query query, int[] docIds, int[] maxPassages)
            throws IOException {
        return highlightFieldsAsObjects(fields, query, docIds, maxPassages);
    }
}
