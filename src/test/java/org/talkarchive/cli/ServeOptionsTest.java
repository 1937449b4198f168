package org.talkarchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A mistyped limit option is refused at once (exit 2), before any index is built or port opened. */
class ServeOptionsTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"--rate-limit=-1", "--rate-burst=0", "--query-timeout-ms=-5"})
    void aBadLimitIsRefusedBeforeAnythingStarts(String option) {
        Path index = dir.resolve("index");
        assertEquals(2, Main.run("serve", "--index", index.toString(), "--port", "0", option));
        assertFalse(Files.exists(index), "nothing was built");
    }
}
