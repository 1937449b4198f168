package org.talkarchive.web;

import io.javalin.http.Context;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per client address. Each address spends its own budget, so a client that floods the search is
 * refused while every other address is still served at once: one client cannot starve the others.
 */
final class RateLimiter {

    /** Above this many tracked addresses, those that have been idle long enough to have a full bucket are forgotten. */
    static final int MAX_TRACKED = 10_000;

    private final RateLimit limit;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimiter(RateLimit limit) {
        this.limit = limit;
    }

    /** A before-handler: lets the request through or refuses it with 429 and Retry-After. */
    void apply(Context ctx) {
        if (!limit.enabled()) {
            return;
        }
        long now = System.nanoTime();
        if (buckets.size() > MAX_TRACKED) {
            buckets.values().removeIf(b -> b.fullAt(now));
        }
        // The TCP peer, not X-Forwarded-For: a header is whatever the client wants it to be.
        long waitSeconds = buckets.computeIfAbsent(ctx.ip(), ip -> new Bucket(limit, now)).take(now);
        if (waitSeconds > 0) {
            ctx.header("Retry-After", String.valueOf(waitSeconds));
            throw new RequestException(429, "rate_limited", "Too many requests from your address: at most "
                    + limit.burst() + " at once and " + rate() + " per second. Try again in " + waitSeconds
                    + (waitSeconds == 1 ? " second." : " seconds."), null);
        }
    }

    private String rate() {
        double r = limit.perSecond();
        return r == Math.rint(r) ? String.valueOf((long) r) : String.valueOf(r);
    }

    /** One address's budget; synchronized because one client's parallel requests share it. */
    private static final class Bucket {
        private final RateLimit limit;
        private double tokens;
        private long updated;

        Bucket(RateLimit limit, long now) {
            this.limit = limit;
            this.tokens = limit.burst();
            this.updated = now;
        }

        /** Takes one token; returns 0 when granted, else the whole seconds until one is available. */
        synchronized long take(long now) {
            refill(now);
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - tokens) / limit.perSecond()));
        }

        synchronized boolean fullAt(long now) {
            refill(now);
            return tokens >= limit.burst();
        }

        private void refill(long now) {
            tokens = Math.min(limit.burst(), tokens + (now - updated) / 1e9 * limit.perSecond());
            updated = now;
        }
    }
}
