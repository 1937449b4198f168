package org.talkarchive.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.talkarchive.embed.BackgroundEmbedder;
import org.talkarchive.embed.Embedder;
import org.talkarchive.embed.Embedders;
import org.talkarchive.index.IndexHealth;
import org.talkarchive.search.TalkSearcher;

/** Opens a searcher with the model the index was built with (or the one asked for, which must match). */
final class Searchers {
    private Searchers() {
    }

    /** A searcher and the embedder it owns; close both together. */
    record Opened(TalkSearcher searcher, Embedder embedder) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            searcher.close();
            embedder.close();
        }
    }

    static Opened open(Path index, String model) throws IOException {
        return open(index, new BackendOption(), model, false);
    }

    /**
     * @param loadModelInBackground let the searcher serve while the model loads (the server is ready sooner; the
     *                              first semantic query waits for the load)
     */
    static Opened open(Path index, BackendOption backend, String model, boolean loadModelInBackground)
            throws IOException {
        if (backend.embedded()) {
            Optional<String> damage = IndexHealth.damage(index);
            if (damage.isPresent()) {
                throw new IOException("the index in " + index + " cannot be read (" + damage.get() + "); rebuild it "
                        + "with `index --corpus corpus --index " + index + "`");
            }
        }
        String name = model != null ? model : backend.searchBackend(index).indexedModel().orElseThrow(() -> new IOException(
                "no index in " + index + ": build one first with `index --corpus corpus --index " + index + "`"));
        Embedder embedder = loadModelInBackground ? BackgroundEmbedder.load(name) : Embedders.load(name);
        try {
            return new Opened(TalkSearcher.open(backend.searchBackend(index), embedder), embedder);
        } catch (IOException | RuntimeException e) {
            embedder.close();
            throw e;
        }
    }
}
