package org.talkarchive.embed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped model unpacked from its jar for ONNX Runtime to read as a file: the same bytes, once per model version,
 * and never a half-written file. (OnnxEmbedderTest's pinned vectors prove the models load from it unchanged.)
 */
class ModelFileTest {

    @TempDir
    Path cache;

    private final URL minilm =
            getClass().getClassLoader().getResource(EmbeddingModel.ALL_MINILM_L6_V2_Q.onnxResource());

    @Test
    void theModelIsUnpackedOnceWithTheBytesOfTheJarEntry() throws IOException {
        assertEquals("jar", minilm.getProtocol(), "the test reads the model from its Maven jar, as a user's run does");
        Path file = ModelFile.unpacked(minilm, cache);
        byte[] shipped;
        try (InputStream in = minilm.openStream()) {
            shipped = in.readAllBytes();
        }
        assertArrayEquals(shipped, Files.readAllBytes(file));
        assertEquals("all-minilm-l6-v2-q", ModelFile.prefix(file));
        FileTime earlier = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        Files.setLastModifiedTime(file, earlier);
        assertEquals(file, ModelFile.unpacked(minilm, cache));
        assertEquals(earlier, Files.getLastModifiedTime(file), "a second start reuses the file");
        try (var left = Files.list(file.getParent())) {
            assertEquals(1, left.count(), "no partial file is left beside it");
        }
    }

    @Test
    void anotherModelVersionGetsItsOwnFileAndAShortFileIsReplaced() throws IOException {
        Path bge = ModelFile.unpacked(getClass().getClassLoader()
                .getResource(EmbeddingModel.BGE_SMALL_EN_V15_Q.onnxResource()), cache);
        Path file = ModelFile.unpacked(minilm, cache);
        assertNotEquals(bge.getParent(), file.getParent());
        Files.write(file, new byte[] {1, 2, 3}); // as if a copy had been cut short outside our atomic rename
        assertEquals(Files.size(ModelFile.unpacked(minilm, cache)),
                minilm.openConnection().getContentLengthLong());
    }

    @Test
    void aCacheThatCannotBeWrittenIsAnErrorAndTheLoaderFallsBackToTheStream() throws IOException {
        Path notAFolder = Files.writeString(cache.resolve("file"), "x");
        assertThrows(IOException.class, () -> ModelFile.unpacked(minilm, notAFolder.resolve("models")));
        assertTrue(ModelFile.of("no-such-model.onnx").isEmpty());
    }
}
