package org.talkarchive.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The widget script as served: its bytes, read once from the classpath, and a hash of them that versions its URL
 * ({@code /widget.js?v=<version>}) so the versioned URL can be cached for a year.
 */
public final class WidgetAsset {

    static final String RESOURCE = "/public/widget.js";

    private final byte[] bytes;
    private final String version;

    private WidgetAsset(byte[] bytes) {
        this.bytes = bytes;
        this.version = sha256(bytes).substring(0, 12);
    }

    public static WidgetAsset load() {
        try (InputStream in = WidgetAsset.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("widget script missing from the classpath: " + RESOURCE);
            }
            return new WidgetAsset(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    /** First 12 hex digits of the script's SHA-256; changes whenever the script does. */
    public String version() {
        return version;
    }

    /** The quoted strong ETag of this version. */
    public String etag() {
        return "\"" + version + "\"";
    }

    private static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
