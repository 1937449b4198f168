package org.talkarchive.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talkarchive.corpus.CorpusReader;
import org.talkarchive.corpus.Talk;
import org.talkarchive.embed.Embedder;
import org.talkarchive.index.TalkIndexer;
import org.talkarchive.search.TalkSearcher;
import org.talkarchive.testing.CorpusCopy;
import org.talkarchive.testing.HashingEmbedder;

/**
 * Transcript features (clickable timestamps, jump links from results). The series publishes no transcripts, so this
 * test copies the real corpus and adds captions for s01e01 made of that talk's own abstract sentences, 15 s apart.
 */
class TranscriptPagesTest {

    @TempDir
    static Path temp;

    private static Javalin app;
    private static TalkSearcher searcher;
    private static String base;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        CorpusCopy copy = CorpusCopy.of(temp);
        // One talk as an organiser might add it, without curated topics: the index infers them.
        copy.replace("talks/s10-quinn.md", "topics: [annotation, breast, metrics]", "topics: []");
        Path corpus = copy.dir();
        Talk talk = CorpusReader.read(corpus).talk("s01e01").orElseThrow();
        Files.createDirectories(corpus.resolve("transcripts"));
        Files.writeString(corpus.resolve("transcripts/s01e01.vtt"), captions(talk.abstractText()));
        Embedder embedder = new HashingEmbedder();
        new TalkIndexer(embedder, null).build(corpus, temp.resolve("index"));
        searcher = TalkSearcher.open(temp.resolve("index"), embedder);
        app = WebApp.create(searcher, WebConfig.defaults(RunningApp.PUBLIC_BASE)).start(0);
        base = "http://localhost:" + app.port();
    }

    @AfterAll
    static void stop() throws Exception {
        app.stop();
        searcher.close();
    }

    private static String captions(String text) {
        String[] sentences = text.replaceAll("\\s+", " ").split("(?<=\\.) ");
        StringBuilder vtt = new StringBuilder("WEBVTT\n\n");
        for (int i = 0; i < sentences.length; i++) {
            vtt.append("%s --> %s\n%s\n\n".formatted(clock(i * 15), clock(i * 15 + 15), sentences[i]));
        }
        return vtt.toString();
    }

    private static String clock(int s) {
        return "%02d:%02d:%02d.000".formatted(s / 3600, s / 60 % 60, s % 60);
    }


    private static String get(String path) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), path);
        return r.body();
    }

    @Test
    void untaggedTalkShowsInferredTopicsApart() throws Exception {
        JsonNode talk = ApiJson.mapper().readTree(get("/api/v1/talks/s10-quinn"));
        Document doc = Jsoup.parse(get("/talks/s10-quinn"));
        assertEquals(0, talk.get("topics").size());
        assertTrue(talk.get("inferred_topics").size() > 0);
        assertEquals(0, doc.select("section[aria-labelledby=topics-h] .tag:not(.tag-inferred)").size());
        assertEquals(talk.get("inferred_topics").size(),
                doc.select("section[aria-labelledby=topics-h] .tag-inferred").size());
    }

    @Test
    void talkPageTranscriptHasTimestampsThatPlayFromThatMoment() throws Exception {
        Document doc = Jsoup.parse(get("/talks/s01e01"));
        List<Element> lines = new ArrayList<>(doc.select(".transcript-lines li"));
        assertTrue(lines.size() >= 2, "passages: " + lines.size());
        assertEquals("t0", lines.get(0).id());
        for (Element line : lines) {
            Element stamp = line.selectFirst("a.timestamp");
            assertNotNull(stamp);
            String seconds = stamp.attr("data-seconds");
            assertEquals("t" + seconds, line.id());
            assertTrue(stamp.attr("href").matches("https://www\\.youtube\\.com/watch\\?v=[\\w-]{11}&t=" + seconds + "s"),
                    stamp.attr("href"));
        }
    }

    @Test
    void searchResultsJumpToTheMatchingTranscriptLine() throws Exception {
        JsonNode api = ApiJson.mapper().readTree(get("/api/v1/search?q=cutaneous+neoplasms&mode=keyword"));
        JsonNode hit = api.get("hits").get(0);
        assertEquals("s01e01", hit.get("id").asText(), api.toString());
        assertFalse(hit.get("passages").isEmpty(), hit.toString());
        JsonNode passage = hit.get("passages").get(0);
        assertTrue(passage.get("html").asText().contains("<mark>"));
        assertFalse(passage.get("text").asText().contains("<mark>"));

        Document results = Jsoup.parse(get("/search?q=cutaneous+neoplasms&mode=keyword"));
        Element jump = results.selectFirst(".hit .passages a.timestamp");
        assertNotNull(jump);
        String href = jump.attr("href");
        assertTrue(href.startsWith("/talks/s01e01#t"), href);
        Document talkPage = Jsoup.parse(get("/talks/s01e01"));
        assertNotNull(talkPage.getElementById(href.substring(href.indexOf('#') + 1)), "anchor " + href);
        assertNotNull(results.selectFirst(".hit .passages a.video-jump[href*=youtube.com/watch]"));
    }

    @Test
    void aSearchInOneTalkListsItsMomentsWithWholePassagesAndTheirBestSentence() throws Exception {
        JsonNode all = ApiJson.mapper().readTree(get("/api/v1/search?q=skin+disease+data+sets&mode=keyword"));
        JsonNode inTalk = ApiJson.mapper().readTree(get("/api/v1/search?q=skin+disease+data+sets&mode=keyword&talk=s01e01"));
        assertEquals(1, inTalk.get("total").asInt(), inTalk.toString());
        JsonNode hit = inTalk.get("hits").get(0);
        assertEquals("s01e01", hit.get("id").asText());
        JsonNode talk = ApiJson.mapper().readTree(get("/api/v1/talks/s01e01"));
        List<String> transcript = new ArrayList<>();
        talk.get("transcript").forEach(p -> transcript.add(p.get("text").asText()));
        double previousStart = -1;
        for (JsonNode passage : hit.get("passages")) {
            // The whole passage (its last line is the talk page's line at that start), its best sentence beside it.
            String text = passage.get("text").asText();
            assertTrue(transcript.stream().anyMatch(text::endsWith), text);
            assertTrue(text.contains(passage.get("fragment").get("text").asText()), passage.toString());
            assertTrue(passage.get("fragment").get("html").asText().contains("<mark>"), passage.toString());
            assertTrue(passage.get("link").asText().contains("youtube.com/watch"));
            assertTrue(passage.get("start").asDouble() != previousStart);
            previousStart = passage.get("start").asDouble();
        }
        JsonNode sameTalk = null;
        for (JsonNode h : all.get("hits")) {
            sameTalk = h.get("id").asText().equals("s01e01") ? h : sameTalk;
        }
        assertNotNull(sameTalk, all.toString());
        assertEquals(3, sameTalk.get("passages").size(), "a result list shows three moments");
        assertTrue(hit.get("passages").size() > 3, "the search in the talk lists them all: " + hit);
        assertEquals(0, ApiJson.mapper().readTree(get("/api/v1/search?q=dermoscopic&mode=keyword&talk=s02e01"))
                .get("total").asInt());
    }

    @Test
    void theTalkPageSearchesItsTranscriptWithAPlainFormAndListsEveryMatchingMoment() throws Exception {
        Document empty = Jsoup.parse(get("/talks/s01e01"));
        Element form = empty.selectFirst("section.talk-search form[method=get]");
        assertNotNull(form, "a search box without JavaScript");
        assertEquals("/talks/s01e01#search-in-talk", form.attr("action"));
        assertNotNull(form.selectFirst("label[for=talk-q]"));
        assertEquals("q", form.selectFirst("input#talk-q").attr("name"));
        assertEquals(0, empty.select("ol.moments li").size());
        assertEquals(null, Jsoup.parse(get("/talks/s02e01")).selectFirst("section.talk-search"),
                "a talk without a transcript has no box");

        JsonNode api = ApiJson.mapper().readTree(get("/api/v1/search?q=skin+disease+data+sets&talk=s01e01"));
        Document page = Jsoup.parse(get("/talks/s01e01?q=skin+disease+data+sets"));
        List<Element> moments = page.select("ol.moments li");
        assertEquals(api.get("hits").get(0).get("passages").size(), moments.size());
        assertTrue(moments.size() > 3, "every matching moment, not only three: " + moments.size());
        for (Element moment : moments) {
            Element time = moment.selectFirst("a.timestamp");
            assertNotNull(page.getElementById(time.attr("href").substring(1)), "a line of the transcript below");
            assertTrue(time.text().matches("\\d+:\\d{2}(:\\d{2})?"), time.text());
            assertTrue(moment.selectFirst("a.video-jump").attr("href").contains("youtube.com/watch?v="));
            Element text = moment.selectFirst(".passage-text");
            assertFalse(text.select("mark").isEmpty(), text.html());
            assertTrue(text.select("*").stream().allMatch(e -> e.tagName().equals("mark") || e == text), text.html());
        }
        assertEquals("skin disease data sets", page.selectFirst("input#talk-q").val());
    }

    @Test
    void theTalkPageSearchEscapesWhatWasTyped() throws Exception {
        String typed = "<script>alert(1)</script> \"skin";
        String html = get("/talks/s01e01?q=" + java.net.URLEncoder.encode(typed, java.nio.charset.StandardCharsets.UTF_8));
        assertFalse(html.contains("<script>alert(1)"), "escaped");
        Document page = Jsoup.parse(html);
        assertEquals(typed, page.selectFirst("input#talk-q").val());
        assertTrue(page.select("section.talk-search script").isEmpty());
        page.select("ol.moments .passage-text").forEach(text ->
                assertTrue(text.select("*").stream().allMatch(e -> e.tagName().equals("mark") || e == text)));
    }
}
