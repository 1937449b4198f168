package org.talkarchive.index;

import java.nio.file.Path;
import java.time.Duration;

/**
 * What one build did.
 *
 * @param embedded texts embedded in this build (talks and passages whose content changed)
 * @param reused   texts whose vectors were copied from the previous build
 */
public record IndexSummary(Path generation, String model, int talks, int passages, int embedded, int reused,
                           Duration took) {

    /** The one-line summary printed at the end of `index`. */
    public String oneLine() {
        return "indexed %d talks and %d passages with %s in %.1f s (%d texts embedded, %d reused) -> %s"
                .formatted(talks, passages, model, took.toMillis() / 1000.0, embedded, reused, generation);
    }
}
