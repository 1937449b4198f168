package org.talkarchive.search;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.talkarchive.corpus.ArchiveIdentity;
import org.talkarchive.corpus.Dataset;
import org.talkarchive.corpus.Talk;
import org.talkarchive.corpus.Topic;
import org.talkarchive.embed.Embedder;

/**
 * The one searcher every front end calls: keyword, semantic and hybrid search with facets, highlights and
 * transcript passages; talk details, related talks and suggestions. Thread-safe; open once, share, close at exit.
 * {@link #refresh()} picks up a generation that {@code index} published meanwhile, so a running server shows
 * next season's talks without a restart. It never opens an index itself: a {@link SearchBackend} hands it engines.
 */
public final class TalkSearcher implements AutoCloseable {

    /** Requests still running on a replaced generation get this long before its files are closed. */
    private static final long RETIRE_AFTER_SECONDS = 60;

    private final SearchBackend backend;
    private final Embedder embedder;
    private final ScheduledExecutorService retirer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "index-retirer");
        thread.setDaemon(true);
        return thread;
    });
    private volatile String generation;
    /** The generation being searched; null only while the first one is still {@link #opening}. */
    private volatile GenerationSearcher current;
    /** The first generation, when it is opened in the background ({@link #openInBackground}); else done. */
    private final CompletableFuture<GenerationSearcher> opening;
    private volatile Fusion fusion = Fusion.DEFAULT;
    private volatile RankingRules rules = RankingRules.DEFAULT;
    private volatile Duration timeLimit = SearchBudget.DEFAULT_LIMIT;

    private TalkSearcher(SearchBackend backend, Embedder embedder, String generation,
                         CompletableFuture<GenerationSearcher> opening) {
        this.backend = backend;
        this.embedder = embedder;
        this.generation = generation;
        this.opening = opening.thenApply(this::install);
    }

    /**
     * Opens the embedded Lucene index in {@code indexDir}; fails if it was built with a model other than
     * {@code embedder}'s.
     */
    public static TalkSearcher open(Path indexDir, Embedder embedder) throws IOException {
        return open(new LuceneBackend(indexDir), embedder);
    }

    /** Opens the index a backend publishes; fails if it was built with a model other than {@code embedder}'s. */
    public static TalkSearcher open(SearchBackend backend, Embedder embedder) throws IOException {
        String generation = published(backend);
        return new TalkSearcher(backend, embedder, generation,
                CompletableFuture.completedFuture(GenerationSearcher.open(backend, generation, embedder)));
    }

    /**
     * The same, reading the index on a background thread, so that a server can start its web app meanwhile: at
     * 21,712 talks reading them is seconds of start-up. Every call waits until the index is read;
     * {@link #awaitOpen()} says whether it could be.
     */
    public static TalkSearcher openInBackground(SearchBackend backend, Embedder embedder) throws IOException {
        String generation = published(backend);
        CompletableFuture<GenerationSearcher> opening = new CompletableFuture<>();
        Thread loader = new Thread(() -> {
            try {
                opening.complete(GenerationSearcher.open(backend, generation, embedder));
            } catch (Throwable e) {
                opening.completeExceptionally(e); // even an Error: left incomplete, every caller would wait forever
            }
        }, "index-open");
        loader.setDaemon(true);
        loader.start();
        return new TalkSearcher(backend, embedder, generation, opening);
    }

    private static String published(SearchBackend backend) throws IOException {
        return backend.published().orElseThrow(() -> new IOException("no index in "
                + backend.describe() + ": build one with `index --corpus corpus --index " + backend.describe() + "`"));
    }

    /** Waits until the first generation is open; throws what opening it threw. */
    public void awaitOpen() throws IOException {
        try {
            opening.join();
        } catch (CompletionException e) {
            switch (e.getCause()) {
                case IOException io -> throw io;
                case RuntimeException runtime -> throw runtime;
                default -> throw e;
            }
        }
    }

    /** Takes the first generation into use with the settings chosen while it was opening. */
    private synchronized GenerationSearcher install(GenerationSearcher first) {
        first.useFusion(fusion);
        first.useRules(rules);
        first.useTimeLimit(timeLimit);
        current = first;
        return first;
    }

    /** The generation being searched, once the first one is open. */
    private GenerationSearcher current() {
        GenerationSearcher searched = current;
        if (searched != null) {
            return searched;
        }
        try {
            return opening.join();
        } catch (CompletionException e) {
            throw new IllegalStateException("the index could not be opened: " + e.getCause().getMessage(),
                    e.getCause());
        }
    }

    /**
     * Switches to the generation the index folder now names, if it changed. A generation built with another model
     * is refused (the exception says why) and the current one keeps serving.
     *
     * @return true when a new generation is now being searched
     */
    public boolean refresh() throws IOException {
        current(); // waits for the first generation outside the lock: taking it into use takes the lock too
        synchronized (this) {
            Optional<String> published = backend.published();
            if (published.isEmpty() || published.get().equals(generation)) {
                return false;
            }
            GenerationSearcher next = GenerationSearcher.open(backend, published.get(), embedder, current);
            next.useFusion(fusion);
            next.useRules(rules);
            next.useTimeLimit(timeLimit);
            GenerationSearcher previous = current;
            current = next;
            generation = published.get();
            retirer.schedule(() -> closeQuietly(previous), RETIRE_AFTER_SECONDS, TimeUnit.SECONDS);
            return true;
        }
    }

    /** The embedding model the index was built with. */
    public String modelName() {
        return current().modelName();
    }

    /** Chooses how hybrid mode fuses its two rankings (for the eval command's comparisons). */
    public synchronized void useFusion(Fusion method) {
        this.fusion = method;
        if (current != null) {
            current.useFusion(method);
        }
    }

    /** Switches hand-set ranking rules off (the eval command's ablations); {@link RankingRules#DEFAULT} is normal. */
    public synchronized void useRules(RankingRules changed) {
        this.rules = changed;
        if (current != null) {
            current.useRules(changed);
        }
    }

    /**
     * How long one search may spend in the engine (default 2 s); a search that reaches it stops early and its response
     * says {@link SearchResponse#partial()}.
     */
    public synchronized void useTimeLimit(Duration limit) {
        if (limit.isNegative()) {
            throw new IllegalArgumentException("time limit must not be negative: " + limit);
        }
        this.timeLimit = limit;
        if (current != null) {
            current.useTimeLimit(limit);
        }
    }

    /** A search whose facets list every value. */
    public SearchResponse search(SearchRequest request) {
        return current().search(request, Integer.MAX_VALUE);
    }

    /**
     * A search whose large facet dimensions (speakers, tags, series, ...) list only their {@code facetLimit} values
     * with the most talks, and any selected value; each {@link FacetResult#valueCount()} says how many there are.
     */
    public SearchResponse search(SearchRequest request, int facetLimit) {
        if (facetLimit < 1) {
            throw new IllegalArgumentException("facet limit must be 1 or more: " + facetLimit);
        }
        return current().search(request, facetLimit);
    }

    /** The ranked talks a mode gives for a query (no filters, no paging): what `eval` measures. */
    public List<Ranked> ranking(String query, SearchMode mode, int limit) {
        return current().ranking(query, mode, limit);
    }

    public Optional<TalkDetail> talk(String id) {
        return current().talk(id);
    }

    /** A talk as its file describes it, without reading its transcript (which {@link #talk} does). */
    public Optional<Talk> talkMetadata(String id) {
        return current().talkMetadata(id);
    }

    /** The summary of one talk, as result lists show it. */
    public Optional<TalkSummary> summary(String id) {
        return current().summary(id);
    }

    /** All talks, newest first (announced talks without a date first). */
    public List<TalkSummary> allTalks() {
        return current().allTalks();
    }

    /** Every talk of the generation being served, with facet values: for pages that list talks. */
    public Catalogue catalogue() {
        return current().catalogue();
    }

    public List<RelatedTalk> related(String id, int limit) {
        return current().related(id, limit);
    }

    public List<Suggestion> suggest(String prefix, int limit) {
        return current().suggest(prefix, limit);
    }

    /** The topic taxonomy the index was built with. */
    public List<Topic> topics() {
        return current().topics();
    }

    /** The archive's identity the index was built with. */
    public ArchiveIdentity archive() {
        return current().archive();
    }

    /** The datasets the index was built with. */
    public List<Dataset> datasets() {
        return current().datasets();
    }

    @Override
    public void close() throws IOException {
        retirer.shutdownNow().forEach(Runnable::run); // close retired generations now rather than leak them
        try {
            current().close();
        } catch (IllegalStateException notOpened) {
            // The first generation never opened: there is nothing to close.
        }
    }

    private static void closeQuietly(GenerationSearcher searcher) {
        try {
            searcher.close();
        } catch (IOException | RuntimeException ignored) {
            // Its files are gone from the index folder already; nothing more to release.
        }
    }
}
