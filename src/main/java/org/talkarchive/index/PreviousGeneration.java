package org.talkarchive.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;

/**
 * The generation being served, as the starting point of an update: the fingerprint of each of its talks. Only a
 * generation built with the same model, taxonomy, datasets and document layout qualifies (those shape every talk's
 * documents); otherwise, or when it cannot be read, the build is a full one.
 */
record PreviousGeneration(Path folder, Map<String, String> fingerprints) {

    /** The metadata a generation must share with the new build to be updated in place of a rebuild. */
    private static final List<String> SHARED = List.of(Fields.META_MODEL, Fields.META_DIMENSION, Fields.META_TOPICS,
            Fields.META_DATASETS, Fields.META_LAYOUT);

    static Optional<PreviousGeneration> of(IndexLocation location, Map<String, String> meta) {
        Optional<Path> current = location.current();
        if (current.isEmpty()) {
            return Optional.empty();
        }
        try (FSDirectory dir = FSDirectory.open(current.get()); DirectoryReader reader = DirectoryReader.open(dir)) {
            Map<String, String> built = reader.getIndexCommit().getUserData();
            for (String key : SHARED) {
                if (!meta.get(key).equals(built.get(key))) {
                    return Optional.empty();
                }
            }
            return Optional.of(new PreviousGeneration(current.get(), fingerprints(reader)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // an unreadable generation is replaced by a full build, never patched
        }
    }

    private static Map<String, String> fingerprints(DirectoryReader reader) throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        StoredFields stored = searcher.storedFields();
        Set<String> fields = Set.of(Fields.ID, Fields.CONTENT_HASH);
        Map<String, String> out = new HashMap<>();
        for (ScoreDoc hit : searcher.search(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_TALK)),
                Math.max(1, reader.maxDoc())).scoreDocs) {
            Document doc = stored.document(hit.doc, fields);
            out.put(doc.get(Fields.ID), doc.get(Fields.CONTENT_HASH));
        }
        return out;
    }
}
