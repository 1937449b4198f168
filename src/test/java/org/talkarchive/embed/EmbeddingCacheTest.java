package org.talkarchive.embed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The on-disk embedding cache: what survives a reopen, a torn last record and a foreign file. */
class EmbeddingCacheTest {
    private static final String MODEL = "test-model";

    @TempDir
    Path temp;

    @Test
    void vectorsSurviveAReopenKeyedByExactText() throws Exception {
        Path file = EmbeddingCache.fileFor(temp, MODEL);
        try (EmbeddingCache cache = EmbeddingCache.open(file, MODEL, 3)) {
            cache.put("a text", new float[] {0.1f, 0.2f, 0.3f});
            cache.put("another text", new float[] {1f, 0f, -1f});
            cache.put("a text", new float[] {9f, 9f, 9f}); // already there: kept as first written
        }
        try (EmbeddingCache cache = EmbeddingCache.open(file, MODEL, 3)) {
            assertEquals(2, cache.size());
            assertArrayEquals(new float[] {0.1f, 0.2f, 0.3f}, cache.get("a text").orElseThrow());
            assertArrayEquals(new float[] {1f, 0f, -1f}, cache.get("another text").orElseThrow());
            assertTrue(cache.get("a text ").isEmpty(), "keyed by the exact text");
            assertEquals(Files.size(file), cache.bytes());
        }
    }

    @Test
    void aRecordTornByAKillIsDroppedAndAppendingGoesOn() throws Exception {
        Path file = EmbeddingCache.fileFor(temp, MODEL);
        try (EmbeddingCache cache = EmbeddingCache.open(file, MODEL, 2)) {
            cache.put("first", new float[] {1f, 2f});
            cache.put("second", new float[] {3f, 4f});
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.truncate(Files.size(file) - 3); // the process died while writing the second record
        }
        try (EmbeddingCache cache = EmbeddingCache.open(file, MODEL, 2)) {
            assertEquals(1, cache.size());
            assertTrue(cache.get("second").isEmpty());
            cache.put("third", new float[] {5f, 6f});
        }
        try (EmbeddingCache cache = EmbeddingCache.open(file, MODEL, 2)) {
            assertEquals(2, cache.size());
            assertArrayEquals(new float[] {5f, 6f}, cache.get("third").orElseThrow());
        }
    }

    @Test
    void aCacheOfAnotherModelOrDimensionStartsAfresh() throws Exception {
        Path file = temp.resolve("shared.vectors");
        try (EmbeddingCache cache = EmbeddingCache.open(file, MODEL, 2)) {
            cache.put("text", new float[] {1f, 2f});
        }
        try (EmbeddingCache cache = EmbeddingCache.open(file, MODEL, 3)) {
            assertEquals(0, cache.size());
        }
        Files.writeString(file, "not a cache at all");
        try (EmbeddingCache cache = EmbeddingCache.open(file, "other-model", 2)) {
            assertEquals(0, cache.size());
            cache.put("text", new float[] {1f, 2f});
            assertEquals(1, cache.size());
        }
    }

    @Test
    void nonFiniteVectorsAreNotKept() throws Exception {
        try (EmbeddingCache cache = EmbeddingCache.open(EmbeddingCache.fileFor(temp, MODEL), MODEL, 2)) {
            cache.put("broken", new float[] {Float.NaN, 1f});
            assertEquals(0, cache.size());
        }
    }
}
