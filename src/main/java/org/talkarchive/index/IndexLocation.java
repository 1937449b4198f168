package org.talkarchive.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The layout of an index folder: each build writes a new generation folder {@code gen-<n>}, and the file
 * {@code CURRENT} names the one being served. Switching is one atomic rename of CURRENT, so a failed or killed build
 * never breaks the index in use, and a running server keeps reading the generation it opened.
 */
public final class IndexLocation {
    private static final String CURRENT = "CURRENT";
    private static final String PREFIX = "gen-";
    /** In a generation folder: what the corpus read it was built from saw of the talk files ({@code CorpusFiles}). */
    private static final String CORPUS_FILES = "corpus-files.tsv";

    private final Path root;

    public IndexLocation(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    /** The file naming the generation being served; it exists once a build has finished here. */
    public Path pointer() {
        return root.resolve(CURRENT);
    }

    /** The generation being served, if a build ever finished here. */
    public Optional<Path> current() {
        Path pointer = root.resolve(CURRENT);
        if (!Files.isRegularFile(pointer)) {
            return Optional.empty();
        }
        try {
            String name = Files.readString(pointer, StandardCharsets.UTF_8).strip();
            Path gen = root.resolve(name);
            // A CURRENT holding anything but a generation's name (a torn or foreign file) names no index.
            return name.matches(PREFIX + "\\d+") && Files.isDirectory(gen) ? Optional.of(gen) : Optional.empty();
        } catch (CharacterCodingException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + pointer, e);
        }
    }

    /** A fresh, empty folder for the next generation. */
    public Path newGeneration() throws IOException {
        Files.createDirectories(root);
        long next = generations().stream().mapToLong(IndexLocation::number).max().orElse(0) + 1;
        Path gen = root.resolve(PREFIX + next);
        Files.createDirectory(gen);
        return gen;
    }

    /**
     * A new generation that starts as a copy of {@code previous}, made of hard links: Lucene never changes a file
     * once written, so the new generation's writer adds files beside the linked ones and the previous generation,
     * still served, sees nothing of it. Where links are not possible (another file system) files are copied.
     */
    public Path newGenerationFrom(Path previous) throws IOException {
        Path gen = newGeneration();
        try (Stream<Path> files = Files.list(previous)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                if (name.equals("write.lock") || name.equals(CORPUS_FILES)) {
                    continue;
                }
                try {
                    Files.createLink(gen.resolve(name), file);
                } catch (UnsupportedOperationException | IOException e) {
                    Files.copy(file, gen.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException | RuntimeException e) {
            discard(gen);
            throw e;
        }
        return gen;
    }

    /** Writes a generation's corpus files (a new file: never through a link shared with another generation). */
    void writeCorpusFiles(Path gen, String text) throws IOException {
        Path tmp = gen.resolve(CORPUS_FILES + ".tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, gen.resolve(CORPUS_FILES), StandardCopyOption.REPLACE_EXISTING);
    }

    /** A generation's corpus files, if its build kept them and they can be read. */
    Optional<String> readCorpusFiles(Path gen) {
        try {
            Path file = gen.resolve(CORPUS_FILES);
            return Files.isRegularFile(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8))
                    : Optional.empty();
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    /**
     * Deletes what a killed build left: generations newer than the one served (they were never published) and a
     * half-written CURRENT.tmp. Call it only while holding the {@link BuildLock}, so no running build loses its folder.
     */
    public void removeUnfinished() throws IOException {
        long served = current().map(IndexLocation::number).orElse(0L);
        for (Path gen : generations()) {
            if (number(gen) > served) {
                deleteTree(gen);
            }
        }
        Files.deleteIfExists(root.resolve(CURRENT + ".tmp"));
    }

    /** Points CURRENT at {@code gen} atomically, then deletes generations older than the one it replaced. */
    public void publish(Path gen) throws IOException {
        Optional<Path> previous = current();
        Path tmp = root.resolve(CURRENT + ".tmp");
        Files.writeString(tmp, gen.getFileName().toString(), StandardCharsets.UTF_8);
        try {
            Files.move(tmp, root.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, root.resolve(CURRENT), StandardCopyOption.REPLACE_EXISTING);
        }
        for (Path old : generations()) {
            boolean keep = old.equals(gen) || previous.map(old::equals).orElse(false);
            if (!keep) {
                discard(old); // best effort: a folder a reader still holds (on Windows) goes at the next publish
            }
        }
    }

    /** Removes a generation that failed to build or is no longer needed. */
    public void discard(Path gen) {
        try {
            deleteTree(gen);
        } catch (IOException e) {
            // Left for the next publish to clean up; the served index is untouched either way.
        }
    }

    private List<Path> generations() throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(root)) {
            return list.filter(p -> p.getFileName().toString().matches(PREFIX + "\\d+") && Files.isDirectory(p)).toList();
        }
    }

    private static long number(Path gen) {
        return Long.parseLong(gen.getFileName().toString().substring(PREFIX.length()));
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
