package org.talkarchive.index;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * What one build did.
 *
 * @param embedded      texts the model embedded in this build (not found in the embedding cache)
 * @param reused        texts whose vectors came from the embedding cache
 * @param cache         the embedding cache after the build
 * @param textsPerSecond texts (embedded and reused) through the embedding stage per second
 */
public record IndexSummary(Path generation, String model, int talks, int passages, int embedded, int reused,
                           Duration took, Cache cache, double textsPerSecond) {

    /** The embedding cache's size: vectors held and bytes on disk. */
    public record Cache(int vectors, long bytes) {
    }

    /** The one-line summary printed at the end of `index`. */
    public String oneLine() {
        return String.format(Locale.ROOT, "indexed %d talks and %d passages with %s in %.1f s (%d texts embedded, "
                        + "%d reused; embedding cache %d vectors, %.1f MiB) -> %s", talks, passages, model,
                took.toMillis() / 1000.0, embedded, reused, cache.vectors(), cache.bytes() / 1048576.0, generation);
    }
}
