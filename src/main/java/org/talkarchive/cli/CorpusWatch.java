package org.talkarchive.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.talkarchive.corpus.CorpusException;
import org.talkarchive.embed.Embedder;
import org.talkarchive.index.IndexSummary;
import org.talkarchive.index.IndexTarget;
import org.talkarchive.index.TalkIndexer;
import org.talkarchive.search.TalkSearcher;

/**
 * {@code serve --watch}: indexes the corpus folder in the running server whenever a file in it changes, and switches
 * to the new generation at once. It runs the same build as {@code index} (a new generation published atomically, so
 * a corpus with problems or a failed build leaves the served index as it was), with the model the server already
 * holds: no process to start and no model to load, so a changed talk is searchable within seconds. File events only
 * say when to look; what changed is decided by the build, which reads only the talk files that changed.
 */
final class CorpusWatch implements AutoCloseable {
    /** Quiet time after the last event before a build starts, so a save that writes several events builds once. */
    private static final long SETTLE_MILLIS = 200;
    /** How long to wait before trying again when another build holds the index (e.g. an `index` run by hand). */
    private static final long BUSY_RETRY_MILLIS = 2000;

    private final Path corpus;
    private final Supplier<IndexTarget> target;
    private final Embedder embedder;
    private final TalkSearcher searcher;
    private final PrintStream log;
    private final PrintStream errors;
    private final WatchService watcher;
    private final Thread thread;

    private CorpusWatch(Path corpus, Supplier<IndexTarget> target, Embedder embedder, TalkSearcher searcher,
                        PrintStream log, PrintStream errors) throws IOException {
        this.corpus = corpus;
        this.target = target;
        this.embedder = embedder;
        this.searcher = searcher;
        this.log = log;
        this.errors = errors;
        this.watcher = FileSystems.getDefault().newWatchService();
        register(corpus);
        register(corpus.resolve("talks"));
        register(corpus.resolve("transcripts"));
        this.thread = Thread.ofPlatform().daemon().name("corpus-watch").unstarted(this::run);
    }

    /**
     * Starts watching; the first build runs at once, so edits made while the server was down are indexed too.
     *
     * @param log    where each build's summary line goes (stderr), or null for none
     * @param errors where a corpus's problems and failed builds are reported (stderr)
     */
    static CorpusWatch start(Path corpus, Supplier<IndexTarget> target, Embedder embedder, TalkSearcher searcher,
                             PrintStream log, PrintStream errors) throws IOException {
        if (!Files.isDirectory(corpus)) {
            throw new IOException("--watch: the corpus folder " + corpus + " does not exist");
        }
        CorpusWatch watch = new CorpusWatch(corpus, target, embedder, searcher, log, errors);
        watch.thread.start();
        return watch;
    }

    private void register(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                    StandardWatchEventKinds.ENTRY_DELETE);
        }
    }

    private void run() {
        try {
            boolean pending = true;
            while (!Thread.currentThread().isInterrupted()) {
                if (!pending) {
                    drain(watcher.take());
                }
                // Let the save finish: every event until a quiet spell belongs to this build.
                for (WatchKey key = watcher.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS); key != null;
                     key = watcher.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS)) {
                    drain(key);
                }
                pending = !build();
                if (pending) {
                    Thread.sleep(BUSY_RETRY_MILLIS);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // Stopping.
        }
    }

    /** Takes a key's events (they only say that something changed) and keeps it watching. */
    private void drain(WatchKey key) throws InterruptedException {
        key.pollEvents();
        key.reset();
        try {
            // A transcripts folder made after the start is watched from now on.
            register(corpus.resolve("transcripts"));
        } catch (IOException e) {
            // Not there (yet): the corpus folder's own events still start builds.
        }
    }

    /** @return false when another build held the index, so this one should be tried again */
    private boolean build() {
        try {
            Optional<IndexSummary> summary = new TalkIndexer(embedder, null).buildIfChanged(corpus, target.get());
            if (summary.isEmpty()) {
                return true; // nothing the index holds changed: no new generation
            }
            searcher.refresh();
            if (log != null) {
                log.println("--watch: " + summary.get().oneLine());
            }
        } catch (CorpusException e) {
            e.problems().forEach(p -> errors.println(p));
            errors.println("--watch: " + e.problems().size() + " problem(s); nothing was indexed, still serving "
                    + "the index as it was");
        } catch (IOException e) {
            if (String.valueOf(e.getMessage()).contains("another build")) {
                return false;
            }
            errors.println("--watch: " + e.getMessage() + "; still serving the index as it was");
        } catch (RuntimeException e) {
            errors.println("--watch: the build failed (" + e + "); still serving the index as it was");
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        thread.interrupt();
        watcher.close();
    }
}
