package org.talkarchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.talkarchive.index.LuceneIndexTarget;
import org.talkarchive.search.LuceneBackend;
import picocli.CommandLine;

/** {@code --backend} picks the engine of index, search and serve; the embedded Lucene folder is the default. */
class BackendOptionTest {

    @TempDir
    Path dir;

    @Test
    void withoutTheOptionTheIndexIsTheEmbeddedFolder() {
        IndexCommand command = new IndexCommand();
        new CommandLine(command).parseArgs("--index", dir.toString());
        assertInstanceOf(LuceneIndexTarget.class, command.backend.indexTarget(dir));
        assertInstanceOf(LuceneBackend.class, command.backend.searchBackend(dir));
    }

    @Test
    void luceneIsAcceptedInAnyCase() {
        SearchCommand command = new SearchCommand();
        new CommandLine(command).setCaseInsensitiveEnumValuesAllowed(true).parseArgs("--backend", "lucene");
        assertEquals(BackendOption.Backend.LUCENE, command.backend.backend);
    }

    @ParameterizedTest
    @ValueSource(strings = {"index", "search", "serve"})
    void anUnknownEngineIsRefusedBeforeAnythingIsBuilt(String commandName) {
        Path index = dir.resolve("index");
        assertEquals(2, Main.run(commandName, "--backend", "elastic", "--index", index.toString()));
        assertFalse(Files.exists(index), "nothing was built");
    }
}
