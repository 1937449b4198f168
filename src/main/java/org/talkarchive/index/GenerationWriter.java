package org.talkarchive.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.talkarchive.corpus.Corpus;

/** Writes talks into one generation folder with Lucene: per talk one block of documents (the talk, its passages). */
final class GenerationWriter implements AutoCloseable {
    /**
     * A large buffer means few flushed segments, so the final merge into one segment (fastest to search) has little
     * HNSW graph to rebuild after the last talk is embedded.
     */
    private static final double RAM_BUFFER_MB = 256;

    private final TalkDocuments converter;
    private final FacetsConfig facets = FacetFields.config();
    private final FSDirectory dir;
    private final IndexWriter writer;

    GenerationWriter(Path gen, Corpus corpus) throws IOException {
        this.converter = new TalkDocuments(corpus.topics(), corpus.datasets());
        IndexWriterConfig config = new IndexWriterConfig(IndexAnalyzers.perField())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(RAM_BUFFER_MB)
                .setCommitOnClose(false); // a build that fails leaves nothing committed (its folder is discarded)
        this.dir = FSDirectory.open(gen);
        try {
            this.writer = new IndexWriter(dir, config);
        } catch (IOException | RuntimeException e) {
            dir.close();
            throw e;
        }
    }

    void add(IndexedTalk talk) throws IOException {
        List<Document> docs = new ArrayList<>();
        for (Document doc : converter.documentsOf(talk)) {
            docs.add(facets.build(doc));
        }
        writer.addDocuments(docs);
    }

    /** Merges into one segment and commits with the build's metadata (model, taxonomy, counts). */
    void commit(Map<String, String> meta) throws IOException {
        writer.setLiveCommitData(meta.entrySet());
        writer.forceMerge(1);
        writer.commit();
    }

    @Override
    public void close() throws IOException {
        try {
            writer.close();
        } finally {
            dir.close();
        }
    }
}
