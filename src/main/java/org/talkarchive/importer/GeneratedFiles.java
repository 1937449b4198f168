package org.talkarchive.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Writes generated files without ever clobbering a hand edit: a file is replaced only when it is still exactly what
 * the import wrote last time (its hash is the recorded one), or when forced.
 */
final class GeneratedFiles {

    /** What happened to one file. */
    enum Outcome { CREATED, UPDATED, UNCHANGED, OVERWRITTEN, KEPT_EDITED }

    private GeneratedFiles() {
    }

    /**
     * @param recordedHash the hash recorded when the import last wrote this file, or null
     */
    static Outcome write(Path file, byte[] content, String recordedHash, boolean force) throws IOException {
        if (!Files.exists(file)) {
            replace(file, content);
            return Outcome.CREATED;
        }
        String current = sha256(Files.readAllBytes(file));
        if (current.equals(sha256(content))) {
            return Outcome.UNCHANGED;
        }
        if (current.equals(recordedHash)) {
            replace(file, content);
            return Outcome.UPDATED;
        }
        if (force) {
            replace(file, content);
            return Outcome.OVERWRITTEN;
        }
        return Outcome.KEPT_EDITED;
    }

    static void writeIfChanged(Path file, byte[] content) throws IOException {
        if (!Files.exists(file) || !Arrays.equals(Files.readAllBytes(file), content)) {
            replace(file, content);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** Written beside the target and renamed over it, so a crash never leaves half a talk file. */
    private static void replace(Path file, byte[] content) throws IOException {
        Files.createDirectories(file.getParent());
        Path temp = file.resolveSibling("." + file.getFileName() + ".tmp");
        Files.write(temp, content);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
