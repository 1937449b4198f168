package org.talkarchive.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/** The unified highlighter, answering with the {@link FragmentFormatter}'s objects instead of strings. */
final class FragmentHighlighter extends UnifiedHighlighter {

    FragmentHighlighter(Builder builder) {
        super(builder);
    }

    /**
     * Per document, in the order of {@code docIds}, per field its fragment with at most {@code passages} passages
     * (null where the document has no text in the field).
     */
    List<Map<String, Fragment>> fragments(List<String> fields, LexicalQuery query, int[] docIds, int passages)
            throws IOException {
        int[] maxPassages = new int[fields.size()];
        Arrays.fill(maxPassages, passages);
        Map<String, Object[]> perField = highlightFieldsAsObjects(fields.toArray(String[]::new),
                LuceneQueries.toLucene(HighlightQuery.inFields(query, fields)), docIds, maxPassages);
        List<Map<String, Fragment>> out = new ArrayList<>();
        for (int d = 0; d < docIds.length; d++) {
            Map<String, Fragment> byField = new LinkedHashMap<>();
            for (String field : fields) {
                byField.put(field, (Fragment) perField.get(field)[d]);
            }
            out.add(byField);
        }
        return out;
    }
}
