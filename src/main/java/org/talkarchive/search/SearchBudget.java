package org.talkarchive.search;

import java.time.Duration;
import org.apache.lucene.index.QueryTimeout;

/**
 * The time one search may spend in Lucene. Lucene asks it while it collects hits (keyword and vector search alike)
 * and stops early once it is spent, keeping what it found; the response is then flagged partial rather than the
 * thread being held by one pathological query.
 */
final class SearchBudget implements QueryTimeout {

    /** Long enough that no sane query on one machine meets it, short enough that no thread is held for long. */
    static final Duration DEFAULT_LIMIT = Duration.ofSeconds(2);

    private final long deadline;
    private volatile boolean spent;

    SearchBudget(Duration limit) {
        this.deadline = System.nanoTime() + limit.toNanos();
    }

    @Override
    public boolean shouldExit() {
        if (!spent && System.nanoTime() - deadline >= 0) {
            spent = true;
        }
        return spent;
    }

    /** Whether Lucene was told to stop: the results are partial. */
    boolean spent() {
        return spent;
    }
}
