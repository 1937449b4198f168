package org.talkarchive.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talkarchive.testing.CorpusCopy;

/**
 * The archive's name and look come from the corpus' archive.yml: the bundled one keeps today's look, another
 * archive shows its own everywhere (pages, feeds, citations, the API), and a corpus without the file gets defaults.
 */
class ArchiveIdentityTest {

    private static final String LOGO = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\">"
            + "<circle cx=\"5\" cy=\"5\" r=\"4\"/></svg>";

    @Test
    void bundledCorpusKeepsItsSeriesNameAndLook() throws Exception {
        RunningApp app = RunningApp.get();
        Document home = Jsoup.parse(app.get("/").body());
        assertEquals("Datasets through the L\uD83D\uDC40king-Glass", home.selectFirst(".brand-sub").text());
        assertTrue(home.title().endsWith(" · Talk archive"), home.title());
        assertTrue(home.selectFirst("h1").text().endsWith("talks on the data side of medical-imaging AI"));
        assertTrue(home.selectFirst("footer").text().contains("on the data side of medical-imaging AI"));
        assertTrue(app.get("/feed.atom").body().contains("<title>Datasets through the L\uD83D\uDC40king-Glass: talks"));
    }

    @Test
    void anotherArchiveShowsItsOwnIdentityEverywhere(@TempDir Path tmp) throws Exception {
        CorpusCopy corpus = CorpusCopy.of(tmp);
        Files.writeString(corpus.dir().resolve("logo.svg"), LOGO);
        Files.writeString(corpus.dir().resolve("archive.yml"), """
                title: "Northern Talks"
                name: "Nordic Imaging Seminar"
                description: "Talks of the Nordic Imaging Seminar, 2023-2025."
                subject: "imaging research in the Nordics"
                home_page: "https://seminar.example.org/"
                logo: logo.svg
                accent_colour: "#7a1f5c"
                accent_colour_dark: "#f0a8d8"
                """);
        // The talks still say their series; the archive names itself.
        try (ServedArchive served = ServedArchive.build(corpus.dir(), tmp.resolve("index"))) {
            Document home = Jsoup.parse(served.get("/").body());
            assertEquals("Nordic Imaging Seminar", home.selectFirst(".brand-sub").text());
            assertTrue(home.title().endsWith(" · Northern Talks"), home.title());
            assertEquals("Search 30 talks on imaging research in the Nordics", home.selectFirst("h1").text());
            assertEquals("Talks of the Nordic Imaging Seminar, 2023-2025.",
                    home.selectFirst("meta[name=description]").attr("content"));
            assertEquals("https://seminar.example.org/", home.selectFirst("footer a[href^=https://seminar]").attr("href"));
            assertEquals(ArchiveChrome.LOGO, home.selectFirst(".brand img.brand-logo").attr("src"));

            HttpResponse<String> logo = served.get(ArchiveChrome.LOGO);
            assertEquals("image/svg+xml", logo.headers().firstValue("Content-Type").orElse(""));
            assertEquals(LOGO, logo.body());
            String css = served.get(home.selectFirst("link[href=" + ArchiveChrome.COLOURS + "]").attr("href")).body();
            assertTrue(css.contains("--accent: #7a1f5c") && css.contains("--accent: #f0a8d8"), css);

            assertTrue(served.get("/feed.atom").body().contains("<title>Nordic Imaging Seminar: talks</title>"));
            assertTrue(served.get("/upcoming.ics").body().contains("X-WR-CALNAME:Nordic Imaging Seminar: upcoming talks"));
            JsonNode api = ApiJson.mapper().readTree(served.get("/api/v1/openapi.json").body());
            assertEquals("Nordic Imaging Seminar API", api.at("/info/title").asText());
            String bibtex = ApiJson.mapper().readTree(served.get("/api/v1/talks/s01e01").body()).get("bibtex").asText();
            // Not this archive's series, so no plain name stands in: the emoji pdflatex cannot set is dropped.
            assertTrue(bibtex.contains("howpublished = {Talk S01E01, Datasets through the Lking-Glass}"), bibtex);
        }
    }

    @Test
    void aCorpusWithoutArchiveFileGetsPlainDefaults(@TempDir Path tmp) throws Exception {
        CorpusCopy corpus = CorpusCopy.of(tmp);
        Files.delete(corpus.dir().resolve("archive.yml"));
        try (ServedArchive served = ServedArchive.build(corpus.dir(), tmp.resolve("index"))) {
            Document home = Jsoup.parse(served.get("/").body());
            assertNull(home.selectFirst(".brand-sub"));
            assertEquals("Talk archive", home.selectFirst(".brand").text().replace("◎", "").strip());
            assertTrue(home.title().endsWith(" · Talk archive"));
            assertEquals("Search 30 talks", home.selectFirst("h1").text());
            assertNull(home.selectFirst("link[href=" + ArchiveChrome.COLOURS + "]"), "default colours");
            assertEquals(404, served.get(ArchiveChrome.LOGO).statusCode());
            assertTrue(served.get("/feed.atom").body().contains("<title>Talk archive: talks</title>"));
            assertFalse(served.get("/").body().contains("L\uD83D\uDC40king"));
        }
    }
}
