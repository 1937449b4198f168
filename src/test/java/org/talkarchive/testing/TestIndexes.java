package org.talkarchive.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.talkarchive.corpus.CorpusReader;
import org.talkarchive.embed.Embedder;
import org.talkarchive.embed.Embedders;
import org.talkarchive.index.TalkIndexer;
import org.talkarchive.search.TalkSearcher;

/**
 * A real index of the real corpus/ (the 30 talks), built once per test JVM with the real default model into a temp
 * folder, and one shared searcher over it. Tests must not close it.
 */
public final class TestIndexes {

    /** The model the archive uses by default. */
    public static final String MODEL = "bge-small-en-v1.5-q";

    private static TalkSearcher searcher;
    private static Embedder embedder;
    private static Path indexDir;

    private TestIndexes() {
    }

    /** The project's corpus folder (tests run with the project folder as working directory). */
    public static Path corpusDir() {
        return Path.of("corpus").toAbsolutePath();
    }

    /** How many talks the corpus files hold: what counts of "every talk" are checked against. */
    public static int corpusTalks() {
        return CorpusReader.read(corpusDir()).talks().size();
    }

    /** The shared searcher over the real corpus; built on first use. */
    public static synchronized TalkSearcher realCorpus() {
        if (searcher == null) {
            try {
                indexDir = Files.createTempDirectory("talk-archive-test-index");
                embedder = Embedders.load(MODEL);
                new TalkIndexer(embedder, null).build(corpusDir(), indexDir);
                searcher = TalkSearcher.open(indexDir, embedder);
                Runtime.getRuntime().addShutdownHook(new Thread(TestIndexes::closeQuietly));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return searcher;
    }

    /** A searcher of its own over {@link #realCorpus()}'s index, ranking with other rules; the caller closes it. */
    public static TalkSearcher realCorpus(org.talkarchive.search.RankingRules rules) {
        realCorpus();
        try {
            TalkSearcher other = TalkSearcher.open(indexDir, embedder);
            other.useRules(rules);
            return other;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The real embedder behind {@link #realCorpus()}. */
    public static synchronized Embedder realEmbedder() {
        realCorpus();
        return embedder;
    }

    private static void closeQuietly() {
        try {
            searcher.close();
            embedder.close();
        } catch (IOException | RuntimeException ignored) {
            // The JVM is exiting.
        }
    }
}
