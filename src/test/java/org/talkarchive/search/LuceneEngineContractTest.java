package org.talkarchive.search;

import java.nio.file.Path;
import org.talkarchive.corpus.CorpusReader;
import org.talkarchive.embed.Embedder;
import org.talkarchive.index.LuceneIndexTarget;
import org.talkarchive.index.TalkIndexer;

/** The embedded Lucene backend against the contract every backend passes. */
class LuceneEngineContractTest extends SearchEngineContract {

    @Override
    protected SearchBackend index(Path corpusDir, Embedder embedder, Path scratch) throws Exception {
        new TalkIndexer(embedder, null).build(CorpusReader.read(corpusDir), new LuceneIndexTarget(scratch));
        return new LuceneBackend(scratch);
    }
}
