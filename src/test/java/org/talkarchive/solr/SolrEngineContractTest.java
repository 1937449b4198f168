package org.talkarchive.solr;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.talkarchive.corpus.CorpusReader;
import org.talkarchive.embed.Embedder;
import org.talkarchive.index.TalkIndexer;
import org.talkarchive.search.SearchBackend;
import org.talkarchive.search.SearchEngineContract;

/** The SolrCloud backend (the shared 2-node test cluster) against the contract every backend passes. */
class SolrEngineContractTest extends SearchEngineContract {

    private static final AtomicInteger INDEXES = new AtomicInteger();

    @Override
    protected SearchBackend index(Path corpusDir, Embedder embedder, Path scratch) throws Exception {
        SolrTarget target = SolrTestCluster.get().target("contract_" + INDEXES.incrementAndGet());
        new TalkIndexer(embedder, null).build(CorpusReader.read(corpusDir), new SolrIndexTarget(target, scratch));
        return new SolrBackend(target);
    }
}
