package org.talkarchive.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.talkarchive.index.TalkIndexer;
import org.talkarchive.search.TalkSearcher;

/**
 * A writable copy of the real corpus and its index in a temp folder, built with the quick {@link HashingEmbedder}:
 * for tests that change the corpus and rebuild while something reads the index.
 *
 * @param corpus the corpus copy, to edit
 * @param index  the index folder (generations + CURRENT)
 */
public record ScratchArchive(CorpusCopy corpus, Path index, HashingEmbedder embedder) {

    /** Copies the corpus into {@code dir}/corpus and builds {@code dir}/index from it. */
    public static ScratchArchive build(Path dir) {
        ScratchArchive archive = new ScratchArchive(CorpusCopy.of(dir), dir.resolve("index"), new HashingEmbedder());
        archive.rebuild();
        return archive;
    }

    /** Runs the indexer on the corpus as it is now: a new generation is published. */
    public void rebuild() {
        try {
            new TalkIndexer(embedder, null).build(corpus.dir(), index);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A searcher over the published generation; the caller closes it. */
    public TalkSearcher open() {
        try {
            return TalkSearcher.open(index, embedder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
