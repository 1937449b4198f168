package org.talkarchive.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talkarchive.corpus.CorpusException;
import org.talkarchive.corpus.PassageLength;
import org.talkarchive.search.SearchHit;
import org.talkarchive.search.SearchMode;
import org.talkarchive.search.SearchRequest;
import org.talkarchive.search.SearchResponse;
import org.talkarchive.search.TalkSearcher;
import org.talkarchive.testing.CorpusCopy;
import org.talkarchive.testing.HashingEmbedder;

/**
 * An update reads only the talk files that changed since the served generation was built (what that build saw of
 * each file is kept with the generation), and still finds edits, additions, deletions and new problems. What was read
 * shows in the build's summary ({@link IndexSummary#reading()}), as a user sees it in the summary line.
 */
class UpdateReadsChangedFilesTest {

    private static final String OLD_TITLE = "title: \"The medical segmentation decathlon\"";

    @TempDir
    Path temp;

    private CorpusCopy corpus;
    private final FileTime hourAgo = FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS));

    /** A corpus whose files were all last written an hour ago, as an archive is between edits; then a first build. */
    @BeforeEach
    void buildOnce() throws Exception {
        corpus = CorpusCopy.of(temp);
        ageAllFiles();
        IndexSummary first = build();
        assertEquals(new IndexSummary.Reading(30, 0), first.reading(), "the first build reads every talk file");
    }

    @Test
    void editedTitleIsFoundAndTheOldOneIsNotWhileNoOtherFileIsRead() throws Exception {
        corpus.replace("talks/s02e01.md", OLD_TITLE, "title: \"The quokkatron tournament\"");

        IndexSummary update = build();

        assertEquals(new IndexSummary.Reading(1, 0), update.reading(), "only the edited file is read");
        assertEquals(new IndexSummary.Changes(true, 1, 29, 0), update.changes());
        assertEquals(30, update.talks());
        assertTrue(update.oneLine().contains("1 of 30 talk files read"), update.oneLine());
        try (TalkSearcher searcher = TalkSearcher.open(index(), new HashingEmbedder())) {
            assertEquals(List.of("s02e01"), keyword(searcher, "quokkatron"));
            assertEquals(List.of(), keyword(searcher, "title:decathlon"), "the old title is gone");
            assertEquals(List.of("s02e01"), keyword(searcher, "title:tournament"));
            assertEquals(30, searcher.allTalks().size());
        }
    }

    @Test
    void deletedTalkFileDisappearsFromTheIndex() throws Exception {
        Files.delete(corpus.talkFile("s05e02"));

        IndexSummary update = build();

        assertEquals(new IndexSummary.Reading(0, 0), update.reading());
        assertEquals(new IndexSummary.Changes(true, 0, 29, 1), update.changes());
        try (TalkSearcher searcher = TalkSearcher.open(index(), new HashingEmbedder())) {
            assertTrue(searcher.talk("s05e02").isEmpty());
            assertEquals(29, searcher.allTalks().size());
        }
    }

    @Test
    void addedTalkFileIsReadAndIndexed() throws Exception {
        String text = Files.readString(corpus.talkFile("s02e01"))
                .replace("id: s02e01", "id: s11-added")
                .replace(OLD_TITLE, "title: \"An added talk about wallabygrams\"");
        Files.writeString(corpus.talkFile("s11-added"), text);

        IndexSummary update = build();

        assertEquals(new IndexSummary.Reading(1, 0), update.reading());
        assertEquals(new IndexSummary.Changes(true, 1, 30, 0), update.changes());
        try (TalkSearcher searcher = TalkSearcher.open(index(), new HashingEmbedder())) {
            assertEquals(List.of("s11-added"), keyword(searcher, "wallabygrams"));
            assertEquals(31, searcher.allTalks().size());
        }
    }

    @Test
    void fileMadeInvalidIsNamedWithItsLineAndTheServedIndexStaysAsItWas() throws Exception {
        String current = Files.readString(index().resolve("CURRENT"));
        try (TalkSearcher served = TalkSearcher.open(index(), new HashingEmbedder())) {
            corpus.replace("talks/s05e02.md", "status: past", "status: [past");

            CorpusException error = assertThrows(CorpusException.class, this::build);

            assertTrue(error.problems().stream().anyMatch(p -> p.file().equals("corpus/talks/s05e02.md")
                    && p.line() > 0 && p.message().contains("YAML")), error.getMessage());
            assertEquals(current, Files.readString(index().resolve("CURRENT")), "nothing was published");
            assertEquals(30, served.allTalks().size());
            assertTrue(served.talk("s05e02").isPresent());
        }
        // Put back as it was, the file is what the served generation was built from: compared, not read or written.
        corpus.replace("talks/s05e02.md", "status: [past", "status: past");
        IndexSummary fixed = build();
        assertEquals(new IndexSummary.Reading(0, 1), fixed.reading());
        assertEquals(new IndexSummary.Changes(true, 0, 30, 0), fixed.changes());
    }

    @Test
    void touchedButUnchangedFileIsComparedByContentNotParsed() throws Exception {
        Files.setLastModifiedTime(corpus.talkFile("s03e02"), FileTime.from(Instant.now()));

        IndexSummary update = build();

        assertEquals(new IndexSummary.Reading(0, 1), update.reading());
        assertEquals(new IndexSummary.Changes(true, 0, 30, 0), update.changes());
    }

    @Test
    void transcriptAddedToAnUnchangedTalkIsRead() throws Exception {
        corpus.writeTranscript("s02e01", """
                WEBVTT

                00:00:05.000 --> 00:00:40.000
                Captions written by the update test mention a numbatoscope.
                """);

        IndexSummary update = build();

        assertEquals(new IndexSummary.Reading(1, 0), update.reading());
        assertEquals(1, update.passages());
        try (TalkSearcher searcher = TalkSearcher.open(index(), new HashingEmbedder())) {
            assertEquals(List.of("s02e01"), keyword(searcher, "numbatoscope"));
        }
        // The passage count of a talk that is not read again is kept from the build that read it.
        Files.setLastModifiedTime(corpus.dir().resolve("transcripts/s02e01.vtt"), hourAgo);
        corpus.replace("talks/s03e02.md", "\n---\n\n", "\n---\n\nEdited by the update test. ");
        IndexSummary next = build();
        // The transcript was written too recently to trust its time, so its bytes were compared.
        assertEquals(new IndexSummary.Reading(1, 1), next.reading());
        assertEquals(1, next.passages());
    }

    @Test
    void changedTaxonomyReadsEveryTalkAgain() throws Exception {
        Files.writeString(corpus.dir().resolve("topics.yml"), "\n# a comment added by the update test\n",
                java.nio.file.StandardOpenOption.APPEND);

        assertEquals(new IndexSummary.Reading(30, 0), build().reading());
    }

    @Test
    void newPassageLengthReadsEveryTalkAgainAndLaterBuildsKeepIt() throws Exception {
        corpus.writeTranscript("s02e01", """
                WEBVTT

                00:00:05.000 --> 00:00:40.000
                Captions written by the update test. They mention a numbatoscope.

                00:00:40.000 --> 00:01:20.000
                A second sentence, so that shorter passages cut the transcript in two.
                """);
        build();
        PassageLength shorter = PassageLength.parse("10-20", "none");

        IndexSummary rebuilt = new TalkIndexer(new HashingEmbedder(), null)
                .build(corpus.dir(), shorter, new LuceneIndexTarget(index()));

        assertEquals(new IndexSummary.Reading(30, 0), rebuilt.reading());
        assertEquals(new IndexSummary.Reading(0, 1), build().reading(), "the next build cuts alike: nothing read");
    }

    @Test
    void generationBuiltWithoutKeptFilesIsFollowedByAFullRead() throws Exception {
        // A build from a corpus read elsewhere (eval, bench) keeps no record of files: the next build reads them all.
        new TalkIndexer(new HashingEmbedder(), null).build(org.talkarchive.corpus.CorpusReader.read(corpus.dir()),
                index());

        IndexSummary update = build();

        assertEquals(new IndexSummary.Reading(30, 0), update.reading());
        assertEquals(new IndexSummary.Changes(true, 0, 30, 0), update.changes());
        assertEquals(new IndexSummary.Reading(0, 0), build().reading(), "and the one after reads none");
    }

    private IndexSummary build() throws Exception {
        return new TalkIndexer(new HashingEmbedder(), null).build(corpus.dir(), index());
    }

    private void ageAllFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(corpus.dir())) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, hourAgo);
            }
        }
    }

    private static List<String> keyword(TalkSearcher searcher, String query) {
        SearchResponse response = searcher.search(SearchRequest.of(query).withMode(SearchMode.KEYWORD));
        return response.hits().stream().map(SearchHit::talk).map(t -> t.id()).toList();
    }

    private Path index() {
        return temp.resolve("index");
    }
}
