package org.talkarchive.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.talkarchive.corpus.Dataset;
import org.talkarchive.corpus.Topic;
import org.talkarchive.embed.Embedder;

/**
 * The one searcher every front end calls: keyword, semantic and hybrid search with facets, highlights and
 * transcript passages; talk details, related talks and suggestions. Thread-safe; open once, share, close at exit.
 */
public final class TalkSearcher implements AutoCloseable {

    private TalkSearcher() {
    }

    /** Opens the index in {@code indexDir}; fails if it was built with a model other than {@code embedder}'s. */
    public static TalkSearcher open(Path indexDir, Embedder embedder) throws IOException {
        throw new IOException("not built yet");
    }

    public SearchResponse search(SearchRequest request) {
        throw new IllegalStateException("not built yet");
    }

    public Optional<TalkDetail> talk(String id) {
        throw new IllegalStateException("not built yet");
    }

    public List<RelatedTalk> related(String id, int limit) {
        throw new IllegalStateException("not built yet");
    }

    public List<Suggestion> suggest(String prefix, int limit) {
        throw new IllegalStateException("not built yet");
    }

    /** The topic taxonomy the index was built with. */
    public List<Topic> topics() {
        throw new IllegalStateException("not built yet");
    }

    /** The datasets the index was built with. */
    public List<Dataset> datasets() {
        throw new IllegalStateException("not built yet");
    }

    @Override
    public void close() throws IOException {
    }
}
