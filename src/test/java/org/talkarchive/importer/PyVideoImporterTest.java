package org.talkarchive.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talkarchive.corpus.Problem;

class PyVideoImporterTest {

    @TempDir
    Path catalogue;

    /** The catalogue's README asks that videos listed in NO_PUBLISH.json are not republished. */
    @Test
    void talksListedInNoPublishAreLeftOut() throws IOException {
        Files.writeString(catalogue.resolve("NO_PUBLISH.json"), "[\n    2845, 5984\n]\n");
        Path videos = Files.createDirectories(catalogue.resolve("an-event/videos"));
        Files.writeString(catalogue.resolve("an-event/category.json"), "{\"title\": \"An Event 2016\"}");
        Files.writeString(videos.resolve("kept.json"),
                "{\"id\": 1, \"title\": \"Kept\", \"recorded\": \"2016-05-01\", \"speakers\": [], \"videos\": []}");
        Files.writeString(videos.resolve("asked-not-to.json"),
                "{\"id\": 2845, \"title\": \"Left out\", \"recorded\": \"2016-05-01\", \"speakers\": [], \"videos\": []}");
        SourceRead read = new PyVideoImporter().read(catalogue);
        assertEquals(List.of("Kept"), read.talks().stream().map(t -> t.talk().title()).toList());
        assertEquals(List.of("an-event/videos/asked-not-to.json: its id 2845 is in NO_PUBLISH.json (its speakers or"
                + " owners asked that it not be republished); skipped"),
                read.skipped().stream().map(Problem::toString).toList());
    }
}
