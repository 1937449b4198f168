package org.talkarchive.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Cache headers for GET responses: a strong ETag from the body (Javalin answers a matching If-None-Match with 304);
 * a handler whose body has a changing part (a timing) sets the ETag from the stable part instead.
 */
public final class HttpCaching {

    /** Short: a rebuilt index should show within a minute; ETags make revalidation cheap. */
    public static final String CACHE_CONTROL = "public, max-age=60";

    private HttpCaching() {
    }

    public static void etag(Context ctx, String stableContent) {
        ctx.header("ETag", etagOf(stableContent));
    }

    /** The quoted strong ETag of a content, for a handler that keeps it with a body it serves many times. */
    static String etagOf(String content) {
        return "\"" + sha256(content).substring(0, 32) + "\"";
    }

    /**
     * Gives a successful GET or HEAD a strong, quoted ETag from its body unless its handler set one; Javalin then
     * answers a matching If-None-Match with 304.
     */
    public static void etagFromBody(Context ctx) {
        if ((ctx.method() != HandlerType.GET && ctx.method() != HandlerType.HEAD) || ctx.statusCode() != 200 || ctx.res().getHeader("ETag") != null) {
            return;
        }
        String body = ctx.result();
        if (body != null) {
            etag(ctx, body);
        }
    }

    /** Adds a request header to the response's Vary list, keeping the ones already named. */
    public static void vary(Context ctx, String requestHeader) {
        String current = ctx.res().getHeader("Vary");
        if (current == null || current.isBlank()) {
            ctx.header("Vary", requestHeader);
        } else if (Arrays.stream(current.split(",")).noneMatch(v -> v.strip().equalsIgnoreCase(requestHeader))) {
            ctx.header("Vary", current + ", " + requestHeader);
        }
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
