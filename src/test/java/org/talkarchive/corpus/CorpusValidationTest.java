package org.talkarchive.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Validation of small corpora written into a temporary "corpus" folder: every problem, with file and line. */
class CorpusValidationTest {
    private static final String TOPICS = """
            - id: fairness
              label: Fairness & bias
              kind: theme
              description: Unequal performance across patient groups.
              synonyms: [fairness, bias]
            - id: dermatology
              label: Dermatology
              kind: application
              description: Skin images.
              synonyms: [skin]
            """;
    private static final String DATASETS = """
            - id: pad-ufes-20
              name: PAD-UFES-20
              aliases: []
              modality: smartphone skin images
              homepage: null
            """;

    @TempDir
    Path root;
    Path corpus;

    @BeforeEach
    void writeTaxonomy() throws IOException {
        corpus = root.resolve("corpus");
        Files.createDirectories(corpus.resolve("talks"));
        write("topics.yml", TOPICS);
        write("datasets.yml", DATASETS);
    }

    @Test
    void validCorpusIsReadWithTalksSortedById() throws IOException {
        write("talks/s01e02.md", talk("s01e02", "date: 2023-02-27", "topics: [dermatology]"));
        write("talks/s01e01.md", talk("s01e01", "date: 2023-02-27", "topics: [fairness, dermatology]"));
        Corpus read = CorpusReader.read(corpus);
        assertEquals(List.of("s01e01", "s01e02"), read.talks().stream().map(Talk::id).toList());
        Talk first = read.talks().getFirst();
        assertEquals("S01E01", first.code());
        assertEquals("talks/s01e01.md", first.file());
        assertEquals("Abstract of the talk.", first.abstractText());
        assertEquals("Ana Pérez", first.speakers().getFirst().name());
        assertEquals(List.of("fairness", "dermatology"), first.topics());
        assertEquals(2, read.topics().size());
        assertEquals("PAD-UFES-20", read.dataset("pad-ufes-20").orElseThrow().name());
    }

    @Test
    void everyKindOfProblemIsListedInOneRunWithFileAndLine() throws IOException {
        // line 5: bad date; line 6: bad status; line 8: unknown topic; line 11: speakers[0].name missing (map at 11)
        write("talks/s01e01.md", """
                ---
                id: s01e01
                series: Test series
                season: 1
                date: 2023-02-30
                status: finished
                title: A talk
                topics: [fairness, shortcuts]
                colour: blue
                speakers:
                  - affiliation: Somewhere
                    country: Denmark
                    bio: A bio.
                ---

                Abstract.
                """);
        write("talks/s01e02.md", """
                ---
                id: s01e02
                title: [unclosed
                ---
                Abstract.
                """);
        write("talks/wrong-name.md", talk("s01e03", "date: 2023-02-27", "topics: []"));
        write("talks/s01e04.md", talk("s01e04", "date: 2023-02-27", "topics: []"));
        write("talks/s01e05.md", talk("s01e04", "date: 2023-02-27", "topics: []"));
        Files.write(corpus.resolve("talks/s01e06.md"),
                concat(talk("s01e06", "date: 2023-02-27", "topics: []").getBytes(StandardCharsets.UTF_8),
                        new byte[] {(byte) 0xC3, (byte) 0x28, '\n'}));
        write("transcripts/s01e01.vtt", """
                WEBVTT

                00:00:00.000 --> 00:00:04.000
                Hello.

                00:00:04.000 --> 00:01:7x.000
                Broken.
                """);

        CorpusException e = assertThrows(CorpusException.class, () -> CorpusReader.read(corpus));
        List<String> problems = e.problems().stream().map(Problem::toString).toList();
        assertContains(problems, "corpus/talks/s01e01.md:5: date \"2023-02-30\" is not a valid date (YYYY-MM-DD)");
        assertContains(problems, "corpus/talks/s01e01.md:6: status \"finished\" must be past or upcoming");
        assertContains(problems, "corpus/talks/s01e01.md:8: unknown topic \"shortcuts\" (not in topics.yml)");
        assertContains(problems, "corpus/talks/s01e01.md:9: colour is not a known field");
        assertContains(problems, "corpus/talks/s01e01.md:11: speakers[0].name is missing");
        assertContains(problems, "corpus/talks/s01e02.md:3: malformed YAML");
        assertContains(problems, "corpus/talks/wrong-name.md:2: id \"s01e03\" does not match the file name (expected \"wrong-name\")");
        assertContains(problems, "corpus/talks/s01e05.md:2: id \"s01e04\" does not match the file name");
        assertContains(problems, "corpus/talks/s01e05.md:2: duplicate id \"s01e04\" (also in corpus/talks/s01e04.md)");
        assertContains(problems, "corpus/talks/s01e06.md:20: invalid UTF-8");
        assertContains(problems, "corpus/transcripts/s01e01.vtt:6: bad timestamp \"00:01:7x.000\"");
        assertTrue(e.getMessage().contains("corpus/talks/s01e01.md:5: "), e.getMessage());
    }

    @Test
    void missingRequiredFieldsAreNamedAtTheMapTheyBelongTo() throws IOException {
        write("talks/s02e01.md", """
                ---
                id: s02e01
                status: past
                speakers:
                  - name: Ana
                    affiliation: Somewhere
                  - name: Bo
                    country: Denmark
                    affiliation: Elsewhere
                    email: bo@example.org
                ---
                Abstract.
                """);
        List<String> problems = problemsOf(corpus);
        assertContains(problems, "corpus/talks/s02e01.md:2: series is missing");
        assertContains(problems, "corpus/talks/s02e01.md:2: title is missing");
        assertContains(problems, "corpus/talks/s02e01.md:2: date is missing");
        assertContains(problems, "corpus/talks/s02e01.md:10: speakers[1].email is not a known field");
    }

    @Test
    void importedTalkMayLackSeasonSpeakersAffiliationAndCountryAndCarriesTagsLanguageAndChapters()
            throws IOException {
        write("talks/pycon-2019-some-talk.md", """
                ---
                id: pycon-2019-some-talk
                series: PyCon US 2019
                date: 2019-05-04
                status: past
                title: Some talk
                topics: []
                tags: [python, Data Science]
                language: eng
                chapters:
                  - start: "0:00"
                    title: Intro
                  - start: "1:02:03"
                    title: Questions
                speakers:
                  - name: Ana
                ---
                Abstract.
                """);
        write("talks/unknown-speakers.md", """
                ---
                id: unknown-speakers
                series: A channel
                date: 2020-01-02
                status: past
                title: Who spoke?
                speakers: []
                ---
                Abstract.
                """);
        Corpus read = CorpusReader.read(corpus);
        Talk talk = read.talk("pycon-2019-some-talk").orElseThrow();
        assertEquals(null, talk.season());
        assertEquals("", talk.code());
        assertEquals(List.of("python", "Data Science"), talk.tags());
        assertEquals("eng", talk.language());
        assertEquals(List.of(new Chapter(0, "Intro"), new Chapter(3723, "Questions")), talk.chapters());
        assertEquals(new Speaker("Ana", null, null, null, ""), talk.speakers().getFirst());
        assertEquals(List.of(), read.talk("unknown-speakers").orElseThrow().speakers());
    }

    @Test
    void optionalFieldsAreStillCheckedWhenPresent() throws IOException {
        write("talks/x.md", """
                ---
                id: x
                series: S
                date: 2020-01-02
                status: past
                title: T
                tags: [a, A]
                language: ""
                chapters:
                  - start: "2:00"
                    title: Two
                  - start: "1:00"
                    title: One
                  - start: soon
                    title: Later
                speakers:
                  - name: Ana
                    affiliation: ""
                ---
                Abstract.
                """);
        write("talks/y.md", """
                ---
                id: y
                series: S
                date: 2020-01-02
                status: past
                title: T
                ---
                Abstract.
                """);
        List<String> problems = problemsOf(corpus);
        assertContains(problems, "corpus/talks/x.md:7: tag \"A\" is listed twice");
        assertContains(problems, "corpus/talks/x.md:8: language is empty (omit it when unknown)");
        assertContains(problems, "corpus/talks/x.md:12: chapters[1].start 1:00 is not after the previous chapter's start");
        assertContains(problems, "corpus/talks/x.md:14: chapters[2].start \"soon\" is not a time");
        assertContains(problems, "corpus/talks/x.md:18: speakers[0].affiliation is empty (omit it when unknown)");
        assertContains(problems, "corpus/talks/y.md:2: speakers is missing (write \"speakers: []\" when they are unknown)");
    }

    @Test
    void corpusWithoutTaxonomyOrDatasetsOrWithEmptyOnesIsValid() throws IOException {
        write("talks/s01e01.md", talk("s01e01", "date: 2023-02-27", "topics: []"));
        Files.delete(corpus.resolve("topics.yml"));
        Files.delete(corpus.resolve("datasets.yml"));
        assertEquals(List.of(), CorpusReader.read(corpus).topics());
        write("topics.yml", "");
        write("datasets.yml", "[]\n");
        Corpus read = CorpusReader.read(corpus);
        assertEquals(List.of(), read.topics());
        assertEquals(List.of(), read.datasets());
        assertEquals(1, read.talks().size());
    }

    @Test
    void chaptersStartNewPassages() throws IOException {
        write("talks/s01e01.md", talk("s01e01", "date: 2023-02-27", "topics: []")
                .replace("speakers:", "chapters:\n  - start: \"0:00\"\n    title: Welcome\n  - start: \"0:05\"\n    title: Datasets\nspeakers:"));
        write("transcripts/s01e01.srt", """
                1
                00:00:01,000 --> 00:00:05,000
                Welcome to the webinar.

                2
                00:00:05,000 --> 00:00:09,500
                Today we talk about datasets.
                """);
        List<Passage> passages = CorpusReader.read(corpus).passages("s01e01");
        assertEquals(List.of("Welcome to the webinar.", "Today we talk about datasets."),
                passages.stream().map(Passage::text).toList());
        assertEquals(List.of(0, 1), passages.stream().map(Passage::ordinal).toList());
        assertEquals(5.0, passages.get(1).start());
    }

    @Test
    void upcomingTalkMayOmitDateAndVideo() throws IOException {
        write("talks/s10-someone.md", talk("s10-someone", "status: upcoming", "topics: []").replace("status: past\n", ""));
        Talk talk = CorpusReader.read(corpus).talk("s10-someone").orElseThrow();
        assertEquals(TalkStatus.UPCOMING, talk.status());
        assertEquals(null, talk.date());
    }

    @Test
    void taxonomyProblemsAreReportedWithLines() throws IOException {
        write("topics.yml", TOPICS + """
                - id: fairness
                  label: Again
                  kind: area
                  description: Duplicate.
                """);
        write("datasets.yml", "- id: x\n  name: X\n  homepage: not a url\n  size: 3\n");
        List<String> problems = problemsOf(corpus);
        assertContains(problems, "corpus/topics.yml:11: duplicate topic id \"fairness\" (first on line 1)");
        assertContains(problems, "corpus/topics.yml:13: kind \"area\" must be theme or application");
        assertContains(problems, "corpus/datasets.yml:3: homepage \"not a url\" is not an http(s) URL");
        assertContains(problems, "corpus/datasets.yml:4: datasets[0].size is not a known field");
    }

    @Test
    void transcriptOfAnUnknownTalkIsAProblem() throws IOException {
        write("talks/s01e01.md", talk("s01e01", "date: 2023-02-27", "topics: []"));
        write("transcripts/s09e09.srt", "1\n00:00:00,000 --> 00:00:02,000\nHi.\n");
        assertContains(problemsOf(corpus),
                "corpus/transcripts/s09e09.srt: no talk has the id \"s09e09\" (expected talks/s09e09.md)");
    }

    @Test
    void transcriptsBecomePassagesOfTheirTalk() throws IOException {
        write("talks/s01e01.md", talk("s01e01", "date: 2023-02-27", "topics: []"));
        write("transcripts/s01e01.srt", """
                1
                00:00:01,000 --> 00:00:05,000
                Welcome to the webinar.

                2
                00:00:05,000 --> 00:00:09,500
                Today we talk about datasets.
                """);
        List<Passage> passages = CorpusReader.read(corpus).passages("s01e01");
        assertEquals(1, passages.size());
        assertEquals(1.0, passages.getFirst().start());
        assertEquals(9.5, passages.getFirst().end());
        assertEquals("Welcome to the webinar. Today we talk about datasets.", passages.getFirst().text());
    }

    @Test
    void archiveFileGivesTheIdentityAndItsProblemsHaveLines() throws IOException {
        write("talks/s01e01.md", talk("s01e01", "date: 2023-02-27", "topics: [fairness]"));
        assertEquals(ArchiveIdentity.defaults(), CorpusReader.read(corpus).archive(), "no archive.yml: defaults");
        write("logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        write("archive.yml", """
                name: "Imaging Talks"
                description: "Talks on imaging."
                logo: logo.svg
                accent_colour: "#123456"
                """);
        ArchiveIdentity archive = CorpusReader.read(corpus).archive();
        assertEquals("Imaging Talks", archive.name());
        assertEquals(ArchiveIdentity.DEFAULT_TITLE, archive.title());
        assertTrue(archive.logo().startsWith("data:image/svg+xml;base64,"));
        write("archive.yml", """
                name: "Imaging Talks"
                home_page: "seminar.example.org"
                logo: ../outside.png
                accent_colour: "blue"
                colour: "#123456"
                """);
        List<String> problems = problemsOf(corpus);
        assertContains(problems, "corpus/archive.yml:1: description is missing");
        assertContains(problems, "corpus/archive.yml:2: home_page \"seminar.example.org\" is not an http(s) URL");
        assertContains(problems, "corpus/archive.yml:3: logo \"../outside.png\" is not a file inside the corpus");
        assertContains(problems, "corpus/archive.yml:4: accent_colour \"blue\" must be a colour like #1d4ed8");
        assertContains(problems, "corpus/archive.yml:5: colour is not a known field");
    }

    private static String talk(String id, String dateOrStatus, String topics) {
        return """
                ---
                id: %s
                series: Test series
                season: 1
                episode: 1
                %s
                status: past
                title: "A talk"
                video: "https://youtu.be/hDKuw28ATe4"
                %s
                speakers:
                  - name: Ana Pérez
                    affiliation: Somewhere
                    country: Denmark
                    bio: |-
                      A bio.
                ---

                Abstract of the talk.
                """.formatted(id, dateOrStatus, topics);
    }

    private List<String> problemsOf(Path dir) {
        return assertThrows(CorpusException.class, () -> CorpusReader.read(dir)).problems().stream()
                .map(Problem::toString).toList();
    }

    private static void assertContains(List<String> problems, String expectedStart) {
        assertTrue(problems.stream().anyMatch(p -> p.startsWith(expectedStart) || p.contains(expectedStart)),
                "expected a problem starting with\n  " + expectedStart + "\nin\n  " + String.join("\n  ", problems));
    }

    private void write(String relative, String text) throws IOException {
        Path file = corpus.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
