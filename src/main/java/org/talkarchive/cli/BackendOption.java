package org.talkarchive.cli;

import java.nio.file.Path;
import org.talkarchive.index.IndexTarget;
import org.talkarchive.index.LuceneIndexTarget;
import org.talkarchive.search.LuceneBackend;
import org.talkarchive.search.SearchBackend;
import picocli.CommandLine.Option;

/**
 * {@code --backend}: which engine holds the index, for the commands that build, search or serve it. The embedded
 * Lucene index in the {@code --index} folder is the default; another engine adds its value here and says where it
 * is with options of its own.
 */
final class BackendOption {

    /** The engines an index can live in. */
    enum Backend { LUCENE }

    @Option(names = "--backend", defaultValue = "LUCENE",
            description = "Search engine holding the index, in any case: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Backend backend = Backend.LUCENE;

    /** Whether the index is the embedded folder, which the commands check and repair themselves. */
    boolean embedded() {
        return backend == Backend.LUCENE;
    }

    /** Where searches find the index. */
    SearchBackend searchBackend(Path index) {
        return switch (backend) {
            case LUCENE -> new LuceneBackend(index);
        };
    }

    /** Where a build writes the index. */
    IndexTarget indexTarget(Path index) {
        return switch (backend) {
            case LUCENE -> new LuceneIndexTarget(index);
        };
    }
}
