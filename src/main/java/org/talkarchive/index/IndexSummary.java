package org.talkarchive.index;

import java.time.Duration;
import java.util.Locale;

/**
 * What one build did.
 *
 * @param generation    where the published index is (a generation folder, a collection)
 * @param embedded      texts the model embedded in this build (not found in the embedding cache)
 * @param reused        texts whose vectors came from the embedding cache
 * @param cache         the embedding cache after the build
 * @param textsPerSecond texts (embedded and reused) through the embedding stage per second
 * @param changes       whether the build updated the previous generation, and how many talks it wrote
 * @param reading       how many talk files the build read
 */
public record IndexSummary(String generation, String model, int talks, int passages, int embedded, int reused,
                           Duration took, Cache cache, double textsPerSecond, Changes changes, Reading reading) {

    /**
     * @param read     talk files read and validated (with their transcripts): all of them, or in an update those
     *                 that changed since the previous generation's build
     * @param compared unchanged talk files whose size or time differed, so their bytes were compared instead
     */
    public record Reading(int read, int compared) {
        String describe(int talks) {
            return "%d of %d talk files read".formatted(read, talks)
                    + (compared > 0 ? ", %d compared by content".formatted(compared) : "");
        }
    }

    /** The embedding cache's size: vectors held and bytes on disk. */
    public record Cache(int vectors, long bytes) {
    }

    /**
     * @param update    true when the previous generation was updated (linked, changed talks rewritten), false for a
     *                  full build
     * @param written   talks written (all of them in a full build)
     * @param unchanged talks kept as they were in the previous generation
     * @param removed   talks deleted because they left the corpus
     */
    public record Changes(boolean update, int written, int unchanged, int removed) {
        String describe() {
            return update ? "updated %d talks, kept %d, removed %d".formatted(written, unchanged, removed)
                    : "full build";
        }
    }

    /** The one-line summary printed at the end of `index`. */
    public String oneLine() {
        return String.format(Locale.ROOT, "indexed %d talks and %d passages with %s in %.1f s (%s; %s; %d texts "
                        + "embedded, %d reused; embedding cache %d vectors, %.1f MiB) -> %s", talks, passages, model,
                took.toMillis() / 1000.0, changes.describe(), reading.describe(talks), embedded, reused, cache.vectors(),
                cache.bytes() / 1048576.0, generation);
    }
}
