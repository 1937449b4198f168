package org.talkarchive.search;

import java.nio.file.Path;
import org.talkarchive.embed.Embedder;
import org.talkarchive.index.LuceneIndexTarget;
import org.talkarchive.index.TalkIndexer;
import org.talkarchive.corpus.CorpusReader;

/** The embedded Lucene backend against the contract every backend passes. */
class LuceneEngineContractTest extends SearchEngineContract {

    @Override
    protected TalkSearcher index(Path corpusDir, Embedder embedder, Path scratch) throws Exception {
        new TalkIndexer(embedder, null).build(CorpusReader.read(corpusDir), new LuceneIndexTarget(scratch));
        return TalkSearcher.open(new LuceneBackend(scratch), embedder);
    }
}
