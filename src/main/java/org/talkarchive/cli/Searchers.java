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
        return open(index, new BackendOption(), model);
    }

    /** Opens the index and loads the model before returning (after checking that an embedded index can be read). */
    static Opened open(Path index, BackendOption backend, String model) throws IOException {
        if (backend.embedded()) {
            Optional<String> damage = IndexHealth.damage(index);
            if (damage.isPresent()) {
                throw new IOException("the index in " + index + " cannot be read (" + damage.get() + "); rebuild it "
                        + "with `index --corpus corpus --index " + index + "`");
            }
        }
        String name = model != null ? model : indexedModel(backend.searchBackend(index), index);
        Embedder embedder = Embedders.load(name);
        try {
            return new Opened(TalkSearcher.open(backend.searchBackend(index), embedder), embedder);
        } catch (IOException | RuntimeException e) {
            embedder.close();
            throw e;
        }
    }

    /**
     * Starts loading the model the published index names, on a thread of its own, so that it loads while the
     * server checks the index and starts: it is the longest step of start-up. Empty when the index names none or
     * cannot be read (the checks that follow say why), and for SolrCloud, whose model name is a round trip away.
     */
    static Optional<BackgroundEmbedder> startIndexedModel(Path index, BackendOption backend) {
        if (!backend.embedded()) {
            return Optional.empty();
        }
        try {
            return backend.searchBackend(index).indexedModel().map(BackgroundEmbedder::load);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * For a server: reads the index and loads the model on threads of their own, so that the web app starts
     * meanwhile (calls wait for the index; the first semantic query for the model); the caller learns whether the
     * index opened from {@link TalkSearcher#awaitOpen()}. The caller has checked the index. {@code started} is used
     * when it is the model the index names, and closed when not (the index was rebuilt with another meanwhile).
     */
    static Opened serving(Path index, BackendOption backend, Optional<BackgroundEmbedder> started)
            throws IOException {
        SearchBackend searchBackend = backend.searchBackend(index);
        String name;
        try {
            name = indexedModel(searchBackend, index);
        } catch (IOException | RuntimeException e) {
            started.ifPresent(Embedder::close);
            throw e;
        }
        Embedder embedder;
        if (started.isPresent() && started.get().modelName().equals(name)) {
            embedder = started.get();
        } else {
            started.ifPresent(Embedder::close);
            embedder = BackgroundEmbedder.load(name);
        }
        try {
            return new Opened(TalkSearcher.openInBackground(searchBackend, embedder), embedder);
        } catch (IOException | RuntimeException e) {
            embedder.close();
            throw e;
        }
    }

    private static String indexedModel(SearchBackend backend, Path index) throws IOException {
        return backend.indexedModel().orElseThrow(() -> new IOException(
                "no index in " + index + ": build one first with `index --corpus corpus --index " + index + "`"));
    }
}
