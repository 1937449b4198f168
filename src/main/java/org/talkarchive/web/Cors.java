package org.talkarchive.web;

import io.javalin.http.Context;

/**
 * CORS for the read-only API: the configured origins may read it from a browser, never with credentials (no cookies
 * are used, so none are allowed). Preflights are answered for GET only.
 */
public final class Cors {

    private final WebConfig config;

    public Cors(WebConfig config) {
        this.config = config;
    }

    /**
     * Adds the CORS headers a response to {@code Origin} needs; nothing when the origin is not allowed. With a list of
     * origins the answer depends on Origin, so every response says so, even one to a request without it: a shared
     * cache would otherwise give its copy to an allowed origin.
     */
    public void apply(Context ctx) {
        if (!config.anyCorsOrigin()) {
            HttpCaching.vary(ctx, "Origin");
        }
        String origin = ctx.header("Origin");
        if (origin == null || !config.allowsOrigin(origin)) {
            return;
        }
        ctx.header("Access-Control-Allow-Origin", config.anyCorsOrigin() ? "*" : origin);
        ctx.header("Access-Control-Expose-Headers", "ETag");
    }

    public void preflight(Context ctx) {
        apply(ctx);
        if (ctx.res().getHeader("Access-Control-Allow-Origin") != null) {
            ctx.header("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS");
            ctx.header("Access-Control-Allow-Headers", "Accept, If-None-Match");
            ctx.header("Access-Control-Max-Age", "600");
        }
        ctx.header("Allow", "GET, HEAD, OPTIONS");
        ctx.status(204);
    }
}
