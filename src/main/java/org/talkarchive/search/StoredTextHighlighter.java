package org.talkarchive.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.talkarchive.index.IndexAnalyzers;

/**
 * Highlights text an engine gave back (a remote engine's stored fields) exactly as the embedded index highlights its
 * own: the same analyser, the same unified highlighter with offsets and the same {@link FragmentFormatter}, over a
 * small in-memory index of just these documents. The highlighter scores fragments from each document's own term
 * frequencies, so the rest of the archive need not be there.
 */
public final class StoredTextHighlighter {

    private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

    private StoredTextHighlighter() {
    }

    /**
     * Per document (values of each field, several for a multi-valued field), per field the fragment with the
     * query's matches, null where the document has no text in the field.
     */
    public static List<Map<String, Fragment>> highlight(List<Map<String, List<String>>> documents,
                                                        List<String> fields, LexicalQuery query, int fragments)
            throws IOException {
        return highlight(documents, fields, query, fragments, false);
    }

    /** The same, each field's text whole with every match marked (as {@link SearchEngine#highlightPassages} asks). */
    public static List<Map<String, Fragment>> highlightWhole(List<Map<String, List<String>>> documents,
                                                             List<String> fields, LexicalQuery query)
            throws IOException {
        return highlight(documents, fields, query, 1, true);
    }

    private static List<Map<String, Fragment>> highlight(List<Map<String, List<String>>> documents,
                                                         List<String> fields, LexicalQuery query, int fragments,
                                                         boolean whole) throws IOException {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(IndexAnalyzers.perField()))) {
                for (Map<String, List<String>> values : documents) {
                    Document doc = new Document();
                    values.forEach((field, texts) -> texts.forEach(t -> doc.add(new Field(field, t, TEXT_WITH_OFFSETS))));
                    writer.addDocument(doc);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                UnifiedHighlighter.Builder builder = UnifiedHighlighter
                        .builder(searcher, IndexAnalyzers.perField())
                        .withFormatter(new FragmentFormatter())
                        .withMaxLength(200_000);
                if (whole) {
                    builder.withBreakIterator(WholeBreakIterator::new);
                }
                FragmentHighlighter highlighter = new FragmentHighlighter(builder);
                int[] docIds = new int[documents.size()];
                Arrays.setAll(docIds, i -> i);
                return highlighter.fragments(fields, query, docIds, fragments);
            }
        }
    }

    private static FieldType textWithOffsets() {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setStored(true);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }
}
