package org.talkarchive.search;

import java.time.Duration;

/**
 * The time one search may spend in the engine. The engine asks it while it collects hits (keyword and vector search
 * alike) and stops early once it is spent, keeping what it found; the response is then flagged partial rather than
 * the thread being held by one pathological query.
 */
public final class SearchBudget {

    /** Long enough that no sane query on one machine meets it, short enough that no thread is held for long. */
    static final Duration DEFAULT_LIMIT = Duration.ofSeconds(2);

    private final long deadline;
    private volatile boolean spent;

    public SearchBudget(Duration limit) {
        this.deadline = System.nanoTime() + limit.toNanos();
    }

    /** A budget that is never spent, for lookups that belong to a search already answered (snippets, passages). */
    public static SearchBudget unlimited() {
        return new SearchBudget(Duration.ofDays(365));
    }

    /** Time left (zero once spent), for engines that take a time allowance rather than asking as they go. */
    public Duration remaining() {
        return Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
    }

    /** Whether to stop now (and from now on): asked by the engine while it collects hits. */
    public boolean shouldExit() {
        if (!spent && System.nanoTime() - deadline >= 0) {
            spent = true;
        }
        return spent;
    }

    /** Whether the engine was told to stop: the results are partial. */
    public boolean spent() {
        return spent;
    }
}
