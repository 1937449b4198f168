package org.talkarchive.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;

/**
 * Vectors of the index being served, by talk and content hash, so an incremental build embeds only changed talks.
 * Empty when there is no index yet or it was built with another model (a model change rebuilds everything).
 */
final class PreviousVectors {

    record Entry(String contentHash, float[] talkVector, List<float[]> passageVectors) {
    }

    private final Map<String, Entry> byTalk;

    private PreviousVectors(Map<String, Entry> byTalk) {
        this.byTalk = byTalk;
    }

    static PreviousVectors load(IndexLocation location, String model) {
        Optional<Path> current = location.current();
        if (current.isEmpty()) {
            return new PreviousVectors(Map.of());
        }
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(current.get()))) {
            String builtWith = reader.getIndexCommit().getUserData().get(Fields.META_MODEL);
            if (!model.equals(builtWith)) {
                return new PreviousVectors(Map.of());
            }
            return new PreviousVectors(read(reader));
        } catch (IOException | RuntimeException e) {
            // An unreadable previous index is no reason to fail: everything is embedded afresh.
            return new PreviousVectors(Map.of());
        }
    }

    private static Map<String, Entry> read(DirectoryReader reader) throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        StoredFields stored = searcher.storedFields();
        Map<String, Entry> entries = new HashMap<>();
        java.util.Set<String> talkFields = java.util.Set.of(Fields.ID, Fields.CONTENT_HASH, Fields.VECTOR_BYTES);
        for (ScoreDoc hit : searcher.search(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_TALK)),
                Math.max(1, reader.maxDoc())).scoreDocs) {
            Document doc = stored.document(hit.doc, talkFields);
            entries.put(doc.get(Fields.ID), new Entry(doc.get(Fields.CONTENT_HASH),
                    TalkDocuments.fromBytes(doc.getBinaryValue(Fields.VECTOR_BYTES).bytes), new ArrayList<>()));
        }
        for (ScoreDoc hit : searcher.search(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_PASSAGE)),
                Math.max(1, reader.maxDoc())).scoreDocs) {
            Document doc = stored.document(hit.doc);
            Entry entry = entries.get(doc.get(Fields.ID));
            if (entry != null) {
                int ordinal = doc.getField(Fields.ORDINAL).numericValue().intValue();
                List<float[]> vectors = entry.passageVectors();
                while (vectors.size() <= ordinal) {
                    vectors.add(null);
                }
                vectors.set(ordinal, TalkDocuments.fromBytes(doc.getBinaryValue(Fields.VECTOR_BYTES).bytes));
            }
        }
        return entries;
    }

    /** The previous vectors of a talk if its content hash is unchanged and every passage vector is there. */
    Optional<Entry> unchanged(String talkId, String contentHash, int passageCount) {
        Entry entry = byTalk.get(talkId);
        if (entry == null || !entry.contentHash().equals(contentHash) || entry.passageVectors().size() != passageCount
                || entry.passageVectors().contains(null)) {
            return Optional.empty();
        }
        return Optional.of(entry);
    }
}
