package org.talkarchive.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A talk file or transcript as one read of the corpus sees it: size and modification time from one look at the file,
 * its bytes and their SHA-256 only when needed (to parse it, or because its size or time changed).
 */
final class SeenFile {
    /**
     * A file changed this close to the read (or after it began) could change again within the same clock tick without
     * changing size or time: its time is not recorded, so the next read compares its bytes.
     */
    private static final long RACY_MILLIS = 2000;

    private final Path path;
    private final String name;
    private final long size;
    private final long modified;
    private final boolean recent;
    private byte[] bytes;
    private IOException failure;
    private String sha;
    private boolean hashed;

    /**
     * @param name       relative to the corpus folder
     * @param attributes what listing the folder saw of the file
     * @param started    when the read began (epoch milliseconds)
     */
    SeenFile(Path path, String name, BasicFileAttributes attributes, long started) {
        this.path = path;
        this.name = name;
        this.size = attributes.size();
        long fileModified = attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS);
        this.modified = fileModified;
        this.recent = fileModified < 0 || fileModified / 1_000_000 >= started - RACY_MILLIS;
    }

    /** Whether the file is the one recorded: same name, and same size and time or else the same bytes. */
    boolean matches(CorpusFiles.FileState known) {
        if (known == null || !known.name().equals(name)) {
            return false;
        }
        if (known.sameStat(size, modified)) {
            sha = known.sha256();
            return true;
        }
        read();
        hashed = true;
        return failure == null && sha256(bytes).equals(known.sha256());
    }

    /** Whether {@link #matches} had to read the bytes to decide. */
    boolean hashed() {
        return hashed;
    }

    /** The text, or empty after adding a problem naming the file (unreadable, not UTF-8). */
    Optional<String> text(String shown, Problems problems) {
        read();
        if (failure != null) {
            problems.add(shown, 0, Files.exists(path) ? "cannot be read: " + failure.getMessage() : "is missing");
            return Optional.empty();
        }
        return StrictUtf8.decode(bytes, shown, problems);
    }

    /** What to record of the file; its time only when it is not too recent to trust. */
    CorpusFiles.FileState state() {
        if (sha == null) {
            read();
            sha = failure == null ? sha256(bytes) : "";
        }
        return new CorpusFiles.FileState(name, size, recent ? -1 : modified, sha);
    }

    private void read() {
        if (bytes != null || failure != null) {
            return;
        }
        try {
            bytes = Files.readAllBytes(path);
            sha = sha256(bytes);
        } catch (IOException e) {
            failure = e;
        }
    }

    static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
