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
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.talkarchive.corpus.Corpus;
import org.talkarchive.corpus.CorpusFiles;

/**
 * Writes talks into one generation folder with Lucene: per talk one block of documents (the talk, its passages),
 * either into an empty folder or over a linked copy of the previous generation (an update); publishing points
 * {@code CURRENT} at it.
 */
final class GenerationWriter implements TalkIndexWriter {
    /**
     * A large buffer means few flushed segments, so the final merge into one segment (fastest to search) has little
     * HNSW graph to rebuild after the last talk is embedded.
     */
    private static final double RAM_BUFFER_MB = 256;

    private final TalkDocuments converter;
    private final FacetsConfig facets = FacetFields.config();
    private final IndexLocation location;
    private final Path gen;
    private final FSDirectory dir;
    private final IndexWriter writer;

    private final boolean update;
    private boolean closed;
    private boolean published;

    private GenerationWriter(IndexLocation location, Path gen, Corpus corpus, boolean update) throws IOException {
        this.converter = new TalkDocuments(corpus.topics(), corpus.datasets());
        this.location = location;
        this.gen = gen;
        this.update = update;
        IndexWriterConfig config = new IndexWriterConfig(IndexAnalyzers.perField())
                .setOpenMode(update ? IndexWriterConfig.OpenMode.APPEND : IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(RAM_BUFFER_MB)
                .setCommitOnClose(false); // a build that fails leaves nothing committed (its folder is discarded)
        this.dir = FSDirectory.open(gen);
        try {
            this.writer = new IndexWriter(dir, config);
        } catch (IOException | RuntimeException e) {
            dir.close();
            location.discard(gen);
            throw e;
        }
    }

    /** A writer for a new, empty generation folder. */
    static GenerationWriter create(IndexLocation location, Path gen, Corpus corpus) throws IOException {
        return new GenerationWriter(location, gen, corpus, false);
    }

    /** A writer that updates the index in {@code gen}, a linked copy of the previous generation. */
    static GenerationWriter update(IndexLocation location, Path gen, Corpus corpus) throws IOException {
        return new GenerationWriter(location, gen, corpus, true);
    }

    @Override
    public String name() {
        return gen.getFileName().toString();
    }

    @Override
    public String location() {
        return gen.toString();
    }

    @Override
    public void put(IndexedTalk talk) throws IOException {
        List<Document> docs = new ArrayList<>();
        for (Document doc : converter.documentsOf(talk)) {
            docs.add(facets.build(doc));
        }
        if (update) {
            writer.updateDocuments(new Term(Fields.ID, talk.talk().id()), docs);
        } else {
            writer.addDocuments(docs);
        }
    }

    @Override
    public void delete(String talkId) throws IOException {
        writer.deleteDocuments(new Term(Fields.ID, talkId));
    }

    /**
     * Commits with the build's metadata (model, taxonomy, counts), closes the folder and points CURRENT at it. A
     * full build is first merged into one segment (fastest to search); an update is not, so it costs what changed,
     * and Lucene's merge policy folds its small segments in over later updates.
     */
    @Override
    public void publish(Map<String, String> meta) throws IOException {
        publish(meta, null);
    }

    /** Also writes the corpus files into the generation (never linked from the previous one: it describes this one). */
    @Override
    public void publish(Map<String, String> meta, CorpusFiles files) throws IOException {
        writer.setLiveCommitData(meta.entrySet());
        if (!update) {
            writer.forceMerge(1);
        }
        writer.commit();
        closeFolder();
        if (files != null) {
            location.writeCorpusFiles(gen, files.write());
        }
        location.publish(gen);
        published = true;
    }

    /** Disk full and interrupted builds end here: the half-written folder goes, CURRENT was never touched. */
    @Override
    public void close() throws IOException {
        try {
            closeFolder();
        } finally {
            if (!published) {
                location.discard(gen);
            }
        }
    }

    private void closeFolder() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            writer.close();
        } finally {
            dir.close();
        }
    }
}
