package org.talkarchive.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Cache headers for GET responses. Javalin computes an ETag from the body and answers 304 on a matching
 * If-None-Match; a handler whose body has a changing part (a timing) sets the ETag here from the stable part instead.
 */
public final class HttpCaching {

    /** Short: a rebuilt index should show within a minute; ETags make revalidation cheap. */
    public static final String CACHE_CONTROL = "public, max-age=60";

    private HttpCaching() {
    }

    public static void etag(Context ctx, String stableContent) {
        ctx.header("ETag", "\"" + sha256(stableContent).substring(0, 32) + "\"");
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
