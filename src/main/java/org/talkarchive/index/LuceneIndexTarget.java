package org.talkarchive.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.talkarchive.corpus.Corpus;
import org.talkarchive.corpus.CorpusFiles;

/**
 * The embedded index folder as a build's target: generation folders, {@code CURRENT} naming the one served (see
 * {@link IndexLocation}), one build at a time ({@link BuildLock}), and the embedding cache beside the generations.
 */
public final class LuceneIndexTarget implements IndexTarget {

    private final IndexLocation location;

    public LuceneIndexTarget(Path indexRoot) {
        this.location = new IndexLocation(indexRoot);
    }

    /** Also deletes what a killed build left, which only the lock's holder may do. */
    @Override
    public Closeable lock() throws IOException {
        BuildLock lock = BuildLock.acquire(location.root());
        try {
            location.removeUnfinished();
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
        return lock;
    }

    /** A generation that cannot be read is named but has no metadata, so it is replaced, never patched. */
    @Override
    public Optional<PublishedIndex> published() {
        Optional<Path> current = location.current();
        if (current.isEmpty()) {
            return Optional.empty();
        }
        Path gen = current.get();
        String name = gen.getFileName().toString();
        try (FSDirectory dir = FSDirectory.open(gen); DirectoryReader reader = DirectoryReader.open(dir)) {
            return Optional.of(new PublishedIndex(name, reader.getIndexCommit().getUserData(), () -> fingerprints(gen),
                    location.readCorpusFiles(gen).flatMap(CorpusFiles::read)));
        } catch (IOException | RuntimeException e) {
            return Optional.of(new PublishedIndex(name, Map.of(), Map.of()));
        }
    }

    @Override
    public Map<String, String> publishedMeta() {
        Optional<Path> current = location.current();
        if (current.isEmpty()) {
            return Map.of();
        }
        try (FSDirectory dir = FSDirectory.open(current.get())) {
            return SegmentInfos.readLatestCommit(dir).getUserData();
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
    }

    /** An update starts from hard links to the served generation's files (see {@link IndexLocation}). */
    @Override
    public TalkIndexWriter writer(Corpus corpus, boolean update) throws IOException {
        if (!update) {
            return GenerationWriter.create(location, location.newGeneration(), corpus);
        }
        Path served = location.current().orElseThrow(() -> new IOException("no generation to update in "
                + location.root()));
        return GenerationWriter.update(location, location.newGenerationFrom(served), corpus);
    }

    @Override
    public Path cacheFolder() {
        return location.root();
    }

    private static Map<String, String> fingerprints(Path gen) throws IOException {
        try (FSDirectory dir = FSDirectory.open(gen); DirectoryReader reader = DirectoryReader.open(dir)) {
            return fingerprints(reader);
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
