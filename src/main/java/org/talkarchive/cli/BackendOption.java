package org.talkarchive.cli;

import java.nio.file.Path;
import org.talkarchive.index.IndexTarget;
import org.talkarchive.index.LuceneIndexTarget;
import org.talkarchive.search.LuceneBackend;
import org.talkarchive.search.SearchBackend;
import org.talkarchive.solr.SolrBackend;
import org.talkarchive.solr.SolrIndexTarget;
import org.talkarchive.solr.SolrTarget;
import picocli.CommandLine.Option;

/**
 * {@code --backend}: which engine holds the index, for the commands that build, search or serve it. The embedded
 * Lucene index in the {@code --index} folder is the default; another engine adds its value here and says where it
 * is with options of its own.
 */
final class BackendOption {

    /** The engines an index can live in. */
    enum Backend { LUCENE, SOLR }

    @Option(names = "--backend", defaultValue = "LUCENE",
            description = "Search engine holding the index, in any case: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Backend backend = Backend.LUCENE;

    @Option(names = "--solr", paramLabel = "URL",
            description = "With --backend solr: a Solr node URL (http://localhost:8983/solr; several comma separated) "
                    + "or a ZooKeeper host list (localhost:9983, optionally with a /chroot).")
    String solr;

    @Option(names = "--solr-alias", defaultValue = SolrTarget.DEFAULT_ALIAS, paramLabel = "NAME",
            description = "With --backend solr: the alias the archive publishes to and searches (default: ${DEFAULT-VALUE}).")
    String solrAlias = SolrTarget.DEFAULT_ALIAS;

    private SolrBackend solrBackend;

    /** Whether the index is the embedded folder, which the commands check and repair themselves. */
    boolean embedded() {
        return backend == Backend.LUCENE;
    }

    /** Where searches find the index. */
    SearchBackend searchBackend(Path index) {
        return switch (backend) {
            case LUCENE -> new LuceneBackend(index);
            case SOLR -> solrBackend();
        };
    }

    /** Where a build writes the index. */
    IndexTarget indexTarget(Path index) {
        return switch (backend) {
            case LUCENE -> new LuceneIndexTarget(index);
            // The --index folder keeps the embedding cache, so a rebuild into Solr embeds only what changed.
            case SOLR -> new SolrIndexTarget(solrTarget(), index);
        };
    }

    /** One per command: each holds a cluster client, and a command asks for its backend more than once. */
    private SolrBackend solrBackend() {
        if (solrBackend == null) {
            solrBackend = new SolrBackend(solrTarget());
        }
        return solrBackend;
    }

    private SolrTarget solrTarget() {
        if (solr == null) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "--backend solr needs --solr URL (a Solr node URL or a ZooKeeper host list)");
        }
        return SolrTarget.parse(solr, solrAlias);
    }
}
