package org.talkarchive.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.talkarchive.embed.BackgroundEmbedder;
import org.talkarchive.embed.Embedder;
import org.talkarchive.embed.Embedders;
import org.talkarchive.index.IndexHealth;
import org.talkarchive.search.SearchBackend;
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
     * @param inBackground read the index and load the model on threads of their own, so that a server can start
     *                     meanwhile (calls wait for the index; the first semantic query for the model); the caller
     *                     learns whether the index opened from {@link TalkSearcher#awaitOpen()}
     */
    static Opened open(Path index, BackendOption backend, String model, boolean inBackground)
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
        Embedder embedder = inBackground ? BackgroundEmbedder.load(name) : Embedders.load(name);
        try {
            SearchBackend searchBackend = backend.searchBackend(index);
            TalkSearcher searcher = inBackground ? TalkSearcher.openInBackground(searchBackend, embedder)
                    : TalkSearcher.open(searchBackend, embedder);
            return new Opened(searcher, embedder);
        } catch (IOException | RuntimeException e) {
            embedder.close();
            throw e;
        }
    }
}
