package org.talkarchive.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A writable copy of the project's real corpus/ (talks, topics, datasets; not the source pages), for tests that
 * edit, break or add to a corpus without touching the real one.
 */
public final class CorpusCopy {

    private final Path dir;

    private CorpusCopy(Path dir) {
        this.dir = dir;
    }

    /** Copies corpus/ into {@code parent}/corpus (so problems are reported as {@code corpus/talks/x.md:12}). */
    public static CorpusCopy of(Path parent) {
        Path from = TestIndexes.corpusDir();
        Path to = parent.resolve("corpus");
        try {
            List<Path> paths;
            try (Stream<Path> walk = Files.walk(from)) {
                paths = walk.filter(p -> !from.relativize(p).startsWith("sources")).toList();
            }
            for (Path p : paths) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CorpusCopy(to);
    }

    public Path dir() {
        return dir;
    }

    public Path talkFile(String id) {
        return dir.resolve("talks").resolve(id + ".md");
    }

    /** Replaces the one occurrence of {@code from} in a corpus file; fails if it is not there exactly once. */
    public void replace(String relativePath, String from, String to) {
        Path file = dir.resolve(relativePath);
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            int at = text.indexOf(from);
            if (at < 0 || text.indexOf(from, at + 1) >= 0) {
                throw new IllegalArgumentException(relativePath + " does not contain exactly one \"" + from + "\"");
            }
            Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code transcripts/<talkId>.vtt}. */
    public void writeTranscript(String talkId, String vtt) {
        try {
            Files.createDirectories(dir.resolve("transcripts"));
            Files.writeString(dir.resolve("transcripts").resolve(talkId + ".vtt"), vtt, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
