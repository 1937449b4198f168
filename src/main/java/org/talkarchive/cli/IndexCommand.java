package org.talkarchive.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.talkarchive.corpus.CorpusException;
import org.talkarchive.corpus.PassageLength;
import org.talkarchive.embed.Embedder;
import org.talkarchive.embed.BackgroundEmbedder;
import org.talkarchive.index.IndexSummary;
import org.talkarchive.index.IndexTarget;
import org.talkarchive.index.LuceneIndexTarget;
import org.talkarchive.index.TalkIndexer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Builds the index from a corpus folder; on problems lists them all and indexes nothing. */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = "Validate the corpus and build the search index (atomically replacing the previous one).")
final class IndexCommand implements Callable<Integer> {

    @Option(names = "--corpus", defaultValue = Defaults.CORPUS, description = "Corpus folder (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--index", defaultValue = Defaults.INDEX, description = "Index folder (default: ${DEFAULT-VALUE}).")
    Path index;

    @Option(names = "--model", defaultValue = Defaults.MODEL,
            description = "Embedding model: bge-small-en-v1.5-q, all-minilm-l6-v2-q, or all-minilm-l6-v2-q-128 (MiniLM "
                    + "reading 128 word pieces: twice as fast, for very large transcript archives) (default: "
                    + "${DEFAULT-VALUE}).")
    String model;

    @Option(names = "--passage-seconds", paramLabel = "MIN-MAX", description = "Length of the transcript passages "
            + "that search finds and links into, in seconds of speech, cut at sentence ends; longer passages are fewer "
            + "texts to embed (default: what the index was built with, else 30-60).")
    String passageSeconds;

    @Option(names = "--passage-overlap", paramLabel = "sentence|none", description = "Whether each passage repeats "
            + "the previous one's last sentence (default: what the index was built with, else sentence).")
    String passageOverlap;

    @Spec
    CommandSpec spec;

    @Mixin
    BackendOption backend = new BackendOption();

    @Override
    public Integer call() throws Exception {
        IndexTarget target = backend.indexTarget(index);
        PassageLength length;
        try {
            length = passageLength(target, passageSeconds, passageOverlap);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        return build(corpus, target, model, length) ? 0 : 1;
    }

    /** The passage length asked for; what is not asked for stays as the published index was cut (else the default). */
    static PassageLength passageLength(IndexTarget target, String seconds, String overlap) {
        PassageLength built = TalkIndexer.passageLength(target.publishedMeta());
        return PassageLength.parse(seconds != null ? seconds : built.seconds(),
                overlap != null ? overlap : built.overlapName());
    }

    /**
     * Builds and prints the summary line (progress and summary only when not {@code --quiet}); false (after printing
     * every problem) when the corpus is invalid.
     */
    static boolean build(Path corpus, Path index, String model) throws Exception {
        return build(corpus, new LuceneIndexTarget(index), model);
    }

    /** The same, into any engine's index, with the passage length its published index was built with. */
    static boolean build(Path corpus, IndexTarget index, String model) throws Exception {
        return build(corpus, index, model, passageLength(index, null, null));
    }

    static boolean build(Path corpus, IndexTarget index, String model, PassageLength passageLength) throws Exception {
        boolean quiet = Verbosity.current().quiet();
        // The model loads while the corpus is read and compared with the served index; an update reads only the talk
        // files that changed since the served index was built.
        try (Embedder embedder = BackgroundEmbedder.load(model)) {
            IndexSummary summary = new TalkIndexer(embedder, quiet ? null : System.err)
                    .build(corpus, passageLength, index);
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
