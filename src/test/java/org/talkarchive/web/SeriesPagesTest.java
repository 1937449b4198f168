package org.talkarchive.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talkarchive.index.TalkIndexer;
import org.talkarchive.search.FacetResult;
import org.talkarchive.search.FacetValue;
import org.talkarchive.search.SearchRequest;
import org.talkarchive.search.TalkSearcher;
import org.talkarchive.testing.HashingEmbedder;

/**
 * An archive of several series, without a taxonomy, seasons or known speakers (what imports produce): the series
 * facet counts, the series page, chapters and source tags on the talk page, over the real app on a random port.
 */
class SeriesPagesTest {

    @TempDir
    static Path temp;
    private static TalkSearcher searcher;
    private static Javalin app;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws IOException {
        Path corpus = temp.resolve("corpus");
        write(corpus, "topics.yml", "[]\n");
        write(corpus, "talks/first-talk.md", talk("first-talk", "PyCon DE 2019", "2019-10-09", """
                speakers:
                  - name: Ana Pérez
                chapters:
                  - start: "0:00"
                    title: Welcome
                  - start: "12:03"
                    title: Questions
                tags: [pandas, Data Science]"""));
        write(corpus, "talks/second-talk.md", talk("second-talk", "PyCon DE 2019", "2019-10-10", "speakers: []"));
        write(corpus, "talks/other-talk.md", talk("other-talk", "EuroPython 2020", "2020-07-23", "speakers: []"));
        Path index = temp.resolve("index");
        HashingEmbedder embedder = new HashingEmbedder();
        new TalkIndexer(embedder, null).build(corpus, index);
        searcher = TalkSearcher.open(index, embedder);
        app = WebApp.create(searcher, WebConfig.defaults("https://talks.example.org")).start(0);
    }

    @AfterAll
    static void stop() throws IOException {
        app.stop();
        searcher.close();
    }

    @Test
    void seriesFacetCountsTalksPerSeries() {
        FacetResult series = searcher.search(SearchRequest.of("")).facets().stream()
                .filter(f -> f.dimension().equals("series")).findFirst().orElseThrow();
        assertEquals(List.of("PyCon DE 2019=2", "EuroPython 2020=1"),
                series.values().stream().map(v -> v.value() + "=" + v.count()).toList());
        FacetResult tags = searcher.search(SearchRequest.of("")).facets().stream()
                .filter(f -> f.dimension().equals("source_tag")).findFirst().orElseThrow();
        assertEquals(List.of("Data Science", "pandas"), tags.values().stream().map(FacetValue::value).toList());
    }

    @Test
    void seriesPageListsItsTalksOldestFirst() throws Exception {
        Document page = get("/series/pycon-de-2019", 200);
        assertEquals("PyCon DE 2019", page.selectFirst("h1").text());
        assertEquals(List.of("/talks/first-talk", "/talks/second-talk"),
                page.select(".card-title a").eachAttr("href"));
        get("/series/no-such-series", 404);
    }

    @Test
    void talkPageLinksItsSeriesChaptersAndSourceTags() throws Exception {
        Document page = get("/talks/first-talk", 200);
        assertNotNull(page.selectFirst(".card-meta a[href=/series/pycon-de-2019]"));
        Element questions = page.selectFirst(".chapters li#chapter-t723");
        assertNotNull(questions, page.select(".chapters").outerHtml());
        assertEquals("https://www.youtube.com/watch?v=hDKuw28ATe4&t=723s", questions.selectFirst("a").attr("href"));
        assertTrue(questions.text().contains("Questions"));
        assertEquals(List.of("pandas", "Data Science"), page.select("[aria-labelledby=source-tags-h] a").eachText());
        Document unknown = get("/talks/other-talk", 200);
        assertTrue(unknown.text().contains("The speakers are not named in the source."));
    }

    @Test
    void sourceTagIsAFilterAndSearchableText() {
        assertEquals(1, searcher.search(SearchRequest.of("").withFilter("source_tag", "pandas")).total());
        assertEquals("first-talk", searcher.search(SearchRequest.of("pandas")).hits().getFirst().talk().id());
    }

    private static Document get(String path, int status) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(
                "http://localhost:" + app.port() + path)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(status, response.statusCode(), path);
        return Jsoup.parse(response.body());
    }

    private static String talk(String id, String series, String date, String more) {
        return """
                ---
                id: %s
                series: %s
                date: %s
                status: past
                title: "Talk %s"
                video: "https://youtu.be/hDKuw28ATe4"
                %s
                ---
                An abstract about %s.
                """.formatted(id, series, date, id, more, id);
    }

    private static void write(Path corpus, String relative, String text) throws IOException {
        Path file = corpus.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
