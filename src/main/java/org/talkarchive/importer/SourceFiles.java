package org.talkarchive.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** The entries of a source folder, sorted by name so every run reads them in the same order. */
final class SourceFiles {

    private SourceFiles() {
    }

    static List<Path> list(Path dir, Predicate<Path> filter) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(filter).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir + ": " + e.getMessage(), e);
        }
    }

    static boolean named(Path file, String suffix) {
        return Files.isRegularFile(file) && file.getFileName().toString().endsWith(suffix);
    }
}
