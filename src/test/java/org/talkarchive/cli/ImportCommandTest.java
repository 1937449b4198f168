package org.talkarchive.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talkarchive.corpus.Chapter;
import org.talkarchive.corpus.Corpus;
import org.talkarchive.corpus.CorpusReader;
import org.talkarchive.corpus.Passage;
import org.talkarchive.corpus.Talk;
import org.talkarchive.index.TalkIndexer;
import org.talkarchive.search.FacetResult;
import org.talkarchive.search.SearchRequest;
import org.talkarchive.search.SearchResponse;
import org.talkarchive.search.TalkDetail;
import org.talkarchive.search.TalkSearcher;
import org.talkarchive.testing.HashingEmbedder;

/**
 * The three importers end to end on real-format fixtures (src/test/resources/import, see PROVENANCE.md): import,
 * validate, index (real Lucene, deterministic embedder), search; and re-imports that must change nothing.
 */
class ImportCommandTest {
    private static final Path FIXTURES = Path.of("src/test/resources/import").toAbsolutePath();

    @TempDir
    Path temp;

    @Test
    void pyvideoCatalogueIsFoundByTitleAndSpeakerWithAFacetPerEvent() throws IOException {
        Path corpus = temp.resolve("corpus");
        assertEquals(0, Main.run("import", "pyvideo", FIXTURES.resolve("pyvideo").toString(),
                "--corpus", corpus.toString()));
        // The undated PyCascades talk is skipped; the two talks with the same file name in two events both come in.
        assertEquals(List.of("integrating-development-documentation-reporting", "securing-django-applications",
                "securing-django-applications-2", "whats-new-documents"), ids(corpus));
        Talk djangocon = CorpusReader.read(corpus).talk("securing-django-applications").orElseThrow();
        assertEquals("DjangoCon US 2021", djangocon.series());
        assertEquals(null, djangocon.season());
        assertEquals("Gajendra Deshpande", djangocon.speakers().getFirst().name());
        assertEquals(null, djangocon.speakers().getFirst().affiliation());
        assertEquals("https://youtu.be/XDvm-y_JhTU", djangocon.video());

        try (TalkSearcher searcher = index(corpus)) {
            assertEquals("whats-new-documents", firstHit(searcher, "Why Projects Should Have What's New Documents"));
            assertEquals("whats-new-documents", firstHit(searcher, "Kuchling"));
            assertEquals("integrating-development-documentation-reporting", firstHit(searcher, "Ana Nelson"));
            assertEquals(Map.of("Write the Docs 2013", 2, "DjangoCon US 2021", 1, "PyGotham 2021", 1),
                    facet(searcher.search(SearchRequest.of("")), "series"));
            assertEquals(Map.of("documentation", 2, "tools", 1), facet(searcher.search(SearchRequest.of("")), "source_tag"));
            assertEquals(2, searcher.search(SearchRequest.of("").withFilter("series", "Write the Docs 2013")).total());
        }
    }

    @Test
    void youtubeVideosBecomeTalksWithCleanedAbstractsChaptersAndTheirCaptions() throws IOException {
        Path corpus = temp.resolve("corpus");
        Path source = FIXTURES.resolve("youtube");
        assertEquals(0, Main.run("import", "youtube", source.toString(), "--corpus", corpus.toString()));
        assertEquals(List.of("ground-truth-or-dare-factors-affecting-the-creation-of-medical-datasets-for",
                "racial-bias-in-cardiac-imaging"), ids(corpus));
        Talk talk = CorpusReader.read(corpus).talk("racial-bias-in-cardiac-imaging").orElseThrow();
        assertEquals("Datasets through the Looking-Glass", talk.series());
        assertEquals(List.of(), talk.speakers());
        assertEquals("https://www.youtube.com/watch?v=ebyPOKwxr2c", talk.video());
        assertEquals(List.of("medical imaging", "datasets", "AI"), talk.tags());
        assertEquals(List.of(new Chapter(0, "Introduction"), new Chapter(95, "Race bias in cardiac segmentation"),
                new Chapter(310, "Questions")), talk.chapters());
        assertTrue(talk.abstractText().startsWith("Speaker: Tiarna Lee (King’s College London)\n\nArtificial"),
                talk.abstractText());
        assertTrue(talk.abstractText().endsWith("such as subcutaneous fat."), "links, timestamps and hashtags dropped: "
                + talk.abstractText());
        assertArrayEquals(Files.readAllBytes(source.resolve("Racial bias in cardiac imaging [ebyPOKwxr2c].en.vtt")),
                Files.readAllBytes(corpus.resolve("transcripts/racial-bias-in-cardiac-imaging.vtt")));

        try (TalkSearcher searcher = index(corpus)) {
            assertEquals("racial-bias-in-cardiac-imaging", firstHit(searcher, "zebrafinch"));
            TalkDetail detail = searcher.talk("racial-bias-in-cardiac-imaging").orElseThrow();
            for (Passage p : detail.transcript()) {
                assertFalse(p.text().contains("zebrafinch") && p.text().contains("segmentation chapter"),
                        "a passage straddles the chapter start at 1:35: " + p);
            }
            assertTrue(detail.transcript().stream().anyMatch(p -> p.start() >= 95 && p.text().startsWith("now the")),
                    detail.transcript().toString());
        }
    }

    @Test
    void tablesInCsvTsvAndJsonLinesBecomeTalks() throws IOException {
        Path corpus = temp.resolve("corpus");
        Path tables = FIXTURES.resolve("table");
        assertEquals(0, Main.run("import", "table", tables.resolve("programme.csv").toString(),
                "--corpus", corpus.toString()));
        assertEquals(0, Main.run("import", "table", tables.resolve("programme.tsv").toString(),
                "--corpus", corpus.toString()));
        assertEquals(0, Main.run("import", "table", tables.resolve("programme.jsonl").toString(),
                "--transcripts", tables.resolve("transcripts").toString(), "--corpus", corpus.toString()));
        Corpus read = CorpusReader.read(corpus);
        assertEquals(7, read.talks().size());
        Talk s06e01 = read.talk("s06e01").orElseThrow();
        assertEquals("S06E01", s06e01.code());
        assertEquals(List.of("EURECOM", "EURECOM"), s06e01.speakers().stream().map(s -> s.affiliation()).toList());
        assertEquals(List.of("stress detection", "wearables"), s06e01.tags());
        assertTrue(read.talk("opening-eyes-advancing-equitable-ai-through-open-ophthalmology-data").isPresent());
        assertTrue(Files.exists(corpus.resolve("transcripts/s09e01.srt")));

        try (TalkSearcher searcher = index(corpus)) {
            assertEquals("s09e01", firstHit(searcher, "wombatgraph"));
            assertEquals("s06e01", firstHit(searcher, "Chaptoukaev"));
        }
    }

    @Test
    void reimportingTheSameSourceChangesNoFile() throws IOException {
        Path corpus = temp.resolve("corpus");
        String[] youtube = {"import", "youtube", FIXTURES.resolve("youtube").toString(), "--corpus", corpus.toString()};
        String[] pyvideo = {"import", "pyvideo", FIXTURES.resolve("pyvideo").toString(), "--corpus", corpus.toString()};
        assertEquals(0, Main.run(youtube));
        assertEquals(0, Main.run(pyvideo));
        Map<String, String> before = snapshot(corpus);
        assertEquals(0, Main.run(pyvideo));
        assertEquals(0, Main.run(youtube));
        assertEquals(before, snapshot(corpus), "bytes and modification times of every file");
    }

    @Test
    void changedSourceUpdatesOnlyItsTalkAndHandEditsAreKeptUnlessForced() throws IOException {
        Path source = temp.resolve("pyvideo");
        copyTree(FIXTURES.resolve("pyvideo"), source);
        Path corpus = temp.resolve("corpus");
        String[] pyvideo = {"import", "pyvideo", source.toString(), "--corpus", corpus.toString()};
        assertEquals(0, Main.run(pyvideo));
        Path edited = corpus.resolve("talks/whats-new-documents.md");
        String handEdit = Files.readString(edited).replace("title: \"Why Projects", "title: \"Why All Projects");
        Files.writeString(edited, handEdit);
        Path changedSource = source.resolve("writethedocs-2013/videos/whats-new-documents.json");
        Files.writeString(changedSource, Files.readString(changedSource).replace("Andrew Kuchling", "A. M. Kuchling"));
        Path otherSource = source.resolve("writethedocs-2013/videos/integrating-development-documentation-reporting.json");
        Files.writeString(otherSource, Files.readString(otherSource).replace("Ana Nelson", "Ana C. Nelson"));
        Map<String, String> before = snapshot(corpus);

        assertEquals(0, Main.run(pyvideo));
        Map<String, String> after = snapshot(corpus);
        assertEquals(handEdit, Files.readString(edited), "a hand-edited talk file is never overwritten");
        List<String> changed = before.keySet().stream().filter(f -> !before.get(f).equals(after.get(f))).toList();
        assertEquals(List.of("import-state.json", "talks/integrating-development-documentation-reporting.md"), changed);

        assertEquals(0, Main.run("import", "pyvideo", source.toString(), "--corpus", corpus.toString(), "--force"));
        String forced = Files.readString(edited);
        assertTrue(forced.contains("title: \"Why Projects") && forced.contains("A. M. Kuchling"), forced);
    }

    @Test
    void tableProblemsNameTheFileAndLineAndSkipOnlyTheirRows() throws IOException {
        Path table = temp.resolve("bad.csv");
        Files.writeString(table, """
                title,series,date,speakers
                A good talk,Some series,2024-05-01,Ana
                A bad date,Some series,2024-13-01,Bo
                ,Some series,2024-05-02,Cy
                """, StandardCharsets.UTF_8);
        Path corpus = temp.resolve("corpus");
        assertEquals(0, Main.run("import", "table", table.toString(), "--corpus", corpus.toString()));
        assertEquals(List.of("a-good-talk"), ids(corpus));

        Files.writeString(table, "title,speaker\nA talk,Ana\n", StandardCharsets.UTF_8);
        assertEquals(2, Main.run("import", "table", temp.resolve("missing.csv").toString(), "--corpus", corpus.toString()));
        var read = new org.talkarchive.importer.TableImporter(null, null).read(table);
        assertEquals(List.of("bad.csv:1: unknown column \"speaker\" (known: id, title, series, date, status, season,"
                + " episode, speakers, affiliations, countries, abstract, video, tags, language, transcript)"),
                read.skipped().stream().map(Object::toString).toList());
    }

    private static TalkSearcher index(Path corpus) throws IOException {
        Path index = corpus.resolveSibling("index");
        HashingEmbedder embedder = new HashingEmbedder();
        new TalkIndexer(embedder, null).build(corpus, index);
        return TalkSearcher.open(index, embedder);
    }

    private static String firstHit(TalkSearcher searcher, String query) {
        SearchResponse response = searcher.search(SearchRequest.of(query));
        assertFalse(response.hits().isEmpty(), "no hit for " + query);
        return response.hits().getFirst().talk().id();
    }

    private static Map<String, Integer> facet(SearchResponse response, String dimension) {
        FacetResult facet = response.facets().stream().filter(f -> f.dimension().equals(dimension)).findFirst()
                .orElseThrow();
        Map<String, Integer> counts = new TreeMap<>();
        facet.values().forEach(v -> counts.put(v.value(), v.count()));
        return counts;
    }

    private static List<String> ids(Path corpus) throws IOException {
        try (Stream<Path> files = Files.list(corpus.resolve("talks"))) {
            return files.map(f -> f.getFileName().toString().replaceFirst("\\.md$", "")).sorted().toList();
        }
    }

    /** Every file of the corpus with its content hash and modification time. */
    private static Map<String, String> snapshot(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                FileTime modified = Files.getLastModifiedTime(f);
                out.put(dir.relativize(f).toString(), java.util.Arrays.hashCode(Files.readAllBytes(f)) + "@" + modified);
            }
        }
        return out;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
