package org.talkarchive.web;

import io.javalin.http.Context;
import java.util.Map;

/**
 * The security headers of every response, in one place: {@link WebApp} applies them before any handler runs, so a
 * page added later inherits them without asking. A route that needs another policy (the embed page, its frame, the
 * API) overrides only the Content-Security-Policy.
 */
final class Pages {

    /**
     * Scripts and styles only from this app (no inline script at all, so no hashes to keep in step); the talk video
     * only from youtube-nocookie, and only after a click; our pages are not framed by others (the widget's own frame
     * sets its own policy).
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
            + "frame-src https://www.youtube-nocookie.com; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'self'";

    /** JSON is data, never a document: nothing may load from it, nobody may frame it. */
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

    /**
     * The archive needs no device feature; the embedded YouTube player asks for none of these either, so turning
     * them off costs nothing and keeps a compromised script from prompting visitors.
     */
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "interest-cohort=(), browsing-topics=()";

    private Pages() {
    }

    static void secureHeaders(Context ctx) {
        headers(ctx.path().startsWith("/api/")).forEach(ctx::header);
    }

    /** The headers themselves, also for the answers Jetty gives before a request reaches the app. */
    static Map<String, String> headers(boolean api) {
        return Map.of("Content-Security-Policy", api ? API_POLICY : CONTENT_SECURITY_POLICY,
                "X-Content-Type-Options", "nosniff",
                "Referrer-Policy", "strict-origin-when-cross-origin",
                "Permissions-Policy", PERMISSIONS_POLICY);
    }
}
