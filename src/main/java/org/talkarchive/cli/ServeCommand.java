package org.talkarchive.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.talkarchive.embed.BackgroundEmbedder;
import org.talkarchive.embed.Embedder;
import org.talkarchive.index.IndexHealth;
import org.talkarchive.index.IndexLocation;
import org.talkarchive.search.TalkSearcher;
import org.talkarchive.web.RateLimit;
import org.talkarchive.web.WebApp;
import org.talkarchive.web.WebConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Serves the web app, building the index first when there is none. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Start the web app and JSON API.")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    BackendOption backend = new BackendOption();

    @Option(names = "--port", defaultValue = "7070", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--index", defaultValue = Defaults.INDEX, description = "Index folder (default: ${DEFAULT-VALUE}).")
    Path index;

    @Option(names = "--corpus", defaultValue = Defaults.CORPUS,
            description = "Corpus to index when there is no index yet (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--model", defaultValue = Defaults.MODEL,
            description = "Embedding model for a first build (default: ${DEFAULT-VALUE}).")
    String model;

    @Option(names = "--base-url", description = "Public URL of the archive, for feeds and the widget snippet "
            + "(default: http://localhost:PORT).")
    String baseUrl;

    @Option(names = "--cors-origin", split = ",", description = "Origins allowed to call the API (default: any).")
    List<String> corsOrigins = List.of(WebConfig.ANY);

    @Option(names = "--frame-ancestor", split = ",",
            description = "Sites allowed to frame /embed/frame (default: any).")
    List<String> frameAncestors = List.of(WebConfig.ANY);

    @Option(names = "--rate-limit", defaultValue = "20", description = "Requests per second one client address may "
            + "make to the API and the search page on average; 0 turns the limit off (default: ${DEFAULT-VALUE}).")
    double rateLimit;

    @Option(names = "--rate-burst", defaultValue = "100",
            description = "Requests one client address may make at once before --rate-limit applies "
                    + "(default: ${DEFAULT-VALUE}).")
    int rateBurst;

    @Option(names = "--query-timeout-ms", defaultValue = "2000", description = "How long one search may spend in "
            + "the index before it stops and answers with the talks found so far, flagged partial "
            + "(default: ${DEFAULT-VALUE}).")
    long queryTimeoutMillis;

    /** One second: a look costs one small file read, and an updated talk should be searchable within 10 s. */
    @Option(names = "--reload-seconds", defaultValue = "1",
            description = "How often to look for a newly built index and switch to it; 0 never (default: ${DEFAULT-VALUE}).")
    int reloadSeconds;

    @Option(names = "--watch", description = "Watch the corpus folder (--corpus) and index what changes in it from "
            + "the running server, with the model it holds: a changed talk is searchable within seconds, without an "
            + "`index` run. A corpus with problems is reported and the index served stays as it was.")
    boolean watch;

    @Override
    public Integer call() throws Exception {
        String base = baseUrl != null ? baseUrl : "http://localhost:" + port;
        WebConfig config;
        try {
            if (queryTimeoutMillis < 0) {
                throw new IllegalArgumentException("--query-timeout-ms must not be negative: " + queryTimeoutMillis);
            }
            config = new WebConfig(corsOrigins, frameAncestors, base,
                    new RateLimit(rateLimit, rateLimit > 0 ? rateBurst : 0));
        } catch (IllegalArgumentException e) {
            // A mistyped option is the user's to fix: one line naming it, no stack trace.
            System.err.println("serve: " + e.getMessage());
            return 2;
        }
        // The model is the longest step of start-up: it loads while the index is checked and the web app starts.
        Optional<BackgroundEmbedder> loading = Searchers.startIndexedModel(index, backend);
        boolean ready = false;
        try {
            ready = ensureIndex();
        } finally {
            if (!ready) {
                loading.ifPresent(Embedder::close);
            }
        }
        if (!ready) {
            return 1;
        }
        Searchers.Opened opened = Searchers.serving(index, backend, loading);
        opened.searcher().useTimeLimit(Duration.ofMillis(queryTimeoutMillis));
        var app = WebApp.create(opened.searcher(), config);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            try {
                opened.close();
            } catch (Exception ignored) {
                // Exiting anyway.
            }
            stopped.countDown();
        }));
        app.start(port);
        // The index was read while the web app started. If it could not be, the error goes to Main, whose exit
        // runs the shutdown hook above: it stops the app and closes the searcher once.
        opened.searcher().awaitOpen();
        watchForNewIndex(opened.searcher());
        if (watch) {
            CorpusWatch.start(corpus, () -> backend.indexTarget(index), opened.embedder(), opened.searcher(),
                    Verbosity.current().quiet() ? null : System.err, System.err);
        }
        say("talk-archive serving " + opened.searcher().allTalks().size() + " talks at " + base + " (model "
                + opened.searcher().modelName() + ", index " + backend.searchBackend(index).published().orElse("?")
                + ")");
        stopped.await();
        return 0;
    }

    /**
     * Builds the index when there is none yet and rebuilds it when it cannot be read; false when that build fails
     * (it has said why).
     */
    private boolean ensureIndex() throws Exception {
        Optional<String> damage = backend.embedded() ? IndexHealth.damage(index) : Optional.empty();
        if (damage.isPresent()) {
            return rebuildDamaged(damage.get());
        }
        if (backend.searchBackend(index).indexedModel().isEmpty()) {
            say("no index in " + backend.searchBackend(index).describe() + " yet: building it from " + corpus);
            return IndexCommand.build(corpus, backend.indexTarget(index), model);
        }
        return true;
    }

    /** A corrupt, truncated or half-deleted index is rebuilt from the corpus rather than served broken. */
    private boolean rebuildDamaged(String damage) throws Exception {
        System.err.println("the index in " + index + " cannot be read (" + damage + "): rebuilding it from " + corpus);
        IndexLocation location = new IndexLocation(index);
        Optional<Path> broken = Optional.empty();
        try {
            broken = location.current();
        } catch (UncheckedIOException e) {
            // CURRENT itself is unreadable: the rebuild replaces it.
        }
        if (!IndexCommand.build(corpus, backend.indexTarget(index), model)) {
            return false;
        }
        broken.ifPresent(location::discard);
        return true;
    }

    /** Lets an organiser run `index` while the archive is up: the new generation is served within seconds. */
    private void watchForNewIndex(TalkSearcher searcher) {
        if (reloadSeconds <= 0) {
            return;
        }
        ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "index-watcher");
            thread.setDaemon(true);
            return thread;
        });
        watcher.scheduleWithFixedDelay(() -> {
            try {
                if (searcher.refresh()) {
                    say("now serving the newly built index: " + searcher.allTalks().size() + " talks");
                }
            } catch (IOException | RuntimeException e) {
                System.err.println("kept the current index: " + e.getMessage());
            }
        }, reloadSeconds, reloadSeconds, TimeUnit.SECONDS);
    }

    /** A line for the operator on stderr, unless {@code --quiet}. */
    private static void say(String line) {
        if (!Verbosity.current().quiet()) {
            System.err.println(line);
        }
    }
}
