package org.talkarchive.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A search's candidates by document id, as facets count them, across the segments of a real index. */
class DocSetQueryTest {

    @TempDir
    Path folder;

    @Test
    void matchesExactlyTheGivenDocumentsInEverySegment() throws IOException {
        try (FSDirectory dir = FSDirectory.open(folder)) {
            IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer());
            try (IndexWriter writer = new IndexWriter(dir, config)) {
                for (int segment = 0; segment < 3; segment++) {
                    for (int i = 0; i < 10; i++) {
                        Document doc = new Document();
                        doc.add(new StringField("id", "t" + (segment * 10 + i), Field.Store.YES));
                        writer.addDocument(doc);
                    }
                    writer.commit(); // one segment per ten documents
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                assertEquals(3, reader.leaves().size());
                IndexSearcher searcher = new IndexSearcher(reader);
                int[] wanted = {29, 3, 10, 0, 19, 20};
                ScoreDoc[] found = searcher.search(new DocSetQuery(wanted), 100).scoreDocs;
                List<String> ids = new ArrayList<>();
                for (ScoreDoc hit : found) {
                    ids.add(searcher.storedFields().document(hit.doc).get("id"));
                }
                assertEquals(List.of("t0", "t3", "t10", "t19", "t20", "t29"), ids.stream().sorted(
                        java.util.Comparator.comparingInt(id -> Integer.parseInt(id.substring(1)))).toList());
                assertEquals(0, searcher.count(new DocSetQuery(new int[0])));
            }
        }
    }
}
