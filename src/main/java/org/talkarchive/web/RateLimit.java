package org.talkarchive.web;

/**
 * How many requests one client address may make to the API and the search page: {@code burst} at once, then
 * {@code perSecond} on average. A client over its budget gets 429 with Retry-After; other addresses are unaffected.
 *
 * @param perSecond sustained requests per second per address; 0 turns the limit off
 * @param burst     requests an idle address may make at once (at least 1 when the limit is on)
 */
public record RateLimit(double perSecond, int burst) {

    /** No limit: for tests and for a server behind a proxy that limits already. */
    public static final RateLimit OFF = new RateLimit(0, 0);

    public RateLimit {
        if (perSecond < 0 || Double.isNaN(perSecond) || Double.isInfinite(perSecond)) {
            throw new IllegalArgumentException("rate limit must be 0 (off) or a positive number of requests per "
                    + "second: " + perSecond);
        }
        if (perSecond > 0 && burst < 1) {
            throw new IllegalArgumentException("rate burst must be at least 1: " + burst);
        }
    }

    public boolean enabled() {
        return perSecond > 0;
    }
}
