package org.talkarchive.index;

import java.io.IOException;
import java.util.Map;
import org.talkarchive.corpus.CorpusFiles;

/**
 * Writes {@link IndexedTalk}s into a new index that no searcher sees until {@link #publish} switches to it
 * atomically (Lucene: the {@code CURRENT} file naming a generation folder; SolrCloud: an alias naming a collection).
 * Closing a writer that has not published discards what it wrote.
 */
public interface TalkIndexWriter extends AutoCloseable {

    /** The new index's name, e.g. {@code gen-4}. */
    String name();

    /** Where the new index is, for the build's summary (a folder, a collection at a URL). */
    String location();

    /** Writes a talk (its talk and passage documents), in an update in place of the talk's previous ones. */
    void put(IndexedTalk talk) throws IOException;

    /** Deletes a talk and its passages (in an update: a talk that left the corpus). */
    void delete(String talkId) throws IOException;

    /** Commits with the build's metadata ({@link Fields}{@code .META_*}) and makes this index the one served. */
    void publish(Map<String, String> meta) throws IOException;

    /**
     * The same, keeping with the new index what the corpus read saw of the talk files, so the next build reads only
     * the files that changed (an engine that cannot keep it reads the whole corpus each build).
     */
    default void publish(Map<String, String> meta, CorpusFiles files) throws IOException {
        publish(meta);
    }

    /** Releases the writer; discards the new index unless it was published. */
    @Override
    void close() throws IOException;
}
