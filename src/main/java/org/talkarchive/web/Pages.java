package org.talkarchive.web;

import io.javalin.http.Context;

/** Headers every HTML page of ours carries. */
final class Pages {

    /**
     * Scripts and styles only from this app; the talk video only from youtube-nocookie, and only after a click; our
     * pages are not framed by others (the widget's own frame sets its own policy).
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
            + "frame-src https://www.youtube-nocookie.com; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'self'";

    private Pages() {
    }

    static void secureHeaders(Context ctx) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "strict-origin-when-cross-origin");
    }
}
