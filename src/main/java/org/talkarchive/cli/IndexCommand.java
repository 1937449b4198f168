package org.talkarchive.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.talkarchive.corpus.CorpusException;
import org.talkarchive.corpus.CorpusReader;
import org.talkarchive.embed.Embedder;
import org.talkarchive.embed.BackgroundEmbedder;
import org.talkarchive.index.IndexSummary;
import org.talkarchive.index.IndexTarget;
import org.talkarchive.index.LuceneIndexTarget;
import org.talkarchive.index.TalkIndexer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Builds the index from a corpus folder; on problems lists them all and indexes nothing. */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = "Validate the corpus and build the search index (atomically replacing the previous one).")
final class IndexCommand implements Callable<Integer> {

    @Option(names = "--corpus", defaultValue = Defaults.CORPUS, description = "Corpus folder (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--index", defaultValue = Defaults.INDEX, description = "Index folder (default: ${DEFAULT-VALUE}).")
    Path index;

    @Option(names = "--model", defaultValue = Defaults.MODEL,
            description = "Embedding model: bge-small-en-v1.5-q or all-minilm-l6-v2-q (default: ${DEFAULT-VALUE}).")
    String model;

    @Mixin
    BackendOption backend = new BackendOption();

    @Override
    public Integer call() throws Exception {
        return build(corpus, backend.indexTarget(index), model) ? 0 : 1;
    }

    /**
     * Builds and prints the summary line (progress and summary only when not {@code --quiet}); false (after printing
     * every problem) when the corpus is invalid.
     */
    static boolean build(Path corpus, Path index, String model) throws Exception {
        return build(corpus, new LuceneIndexTarget(index), model);
    }

    /** The same, into any engine's index. */
    static boolean build(Path corpus, IndexTarget index, String model) throws Exception {
        boolean quiet = Verbosity.current().quiet();
        // The model loads while the corpus is read and compared with the served index.
        try (Embedder embedder = BackgroundEmbedder.load(model)) {
            IndexSummary summary = new TalkIndexer(embedder, quiet ? null : System.err)
                    .build(CorpusReader.read(corpus), index);
            if (!quiet) {
                System.out.println(summary.oneLine());
            }
            return true;
        } catch (CorpusException e) {
            e.problems().forEach(p -> System.err.println(p));
            System.err.println(e.problems().size() + " problem(s); nothing was indexed, the previous index is unchanged.");
            return false;
        }
    }
}
