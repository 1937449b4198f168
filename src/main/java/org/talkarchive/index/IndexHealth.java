package org.talkarchive.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.store.FSDirectory;

/**
 * Whether the generation an index folder serves can be opened: a corrupt, truncated or half-deleted generation is
 * found at start-up, where it can be rebuilt or reported in one line, rather than by the first visitor. Lucene checks
 * each file's header, length and footer when it opens a segment; a flipped bit inside a file is only found by a full
 * checksum pass, which start-up does not make.
 */
public final class IndexHealth {
    private IndexHealth() {
    }

    /** What is wrong with the served generation, or empty when it opens (or when there is no index yet). */
    public static Optional<String> damage(Path indexRoot) {
        IndexLocation location = new IndexLocation(indexRoot);
        Optional<Path> generation;
        try {
            generation = location.current();
        } catch (UncheckedIOException e) {
            return Optional.of(reason(e.getCause()));
        }
        if (generation.isEmpty()) {
            // No CURRENT: no build finished here yet. A CURRENT naming no folder: the generation was deleted.
            return Files.exists(location.pointer()) ? Optional.of("CURRENT names no generation folder") : Optional.empty();
        }
        try (FSDirectory dir = FSDirectory.open(generation.get()); DirectoryReader reader = DirectoryReader.open(dir)) {
            if (reader.getIndexCommit().getUserData().get(Fields.META_MODEL) == null) {
                return Optional.of(generation.get() + " has no model recorded");
            }
            for (LeafReaderContext leaf : reader.leaves()) {
                if (leaf.reader().maxDoc() > 0) {
                    leaf.reader().storedFields().document(leaf.reader().maxDoc() - 1);
                }
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.of(generation.get().getFileName() + ": " + reason(e));
        }
    }

    private static String reason(Throwable e) {
        String message = e.getMessage() == null ? "" : e.getMessage().replaceAll("\\s*\\R\\s*", " ");
        String type = e.getClass().getSimpleName();
        return message.length() > 200 ? type + ": " + message.substring(0, 197) + "..." : type + ": " + message;
    }
}
