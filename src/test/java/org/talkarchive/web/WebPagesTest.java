package org.talkarchive.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;
import org.talkarchive.testing.TestIndexes;

/** The server-rendered pages over the real index, read as a browser without JavaScript would (jsoup). */
class WebPagesTest {

    private final RunningApp app = RunningApp.get();

    private Document page(String path) {
        HttpResponse<String> response = app.get(path);
        assertEquals(200, response.statusCode(), path);
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), path);
        return Jsoup.parse(response.body(), app.base + path);
    }

    private int apiTotal(String query) throws IOException {
        return ApiJson.mapper().readTree(app.get("/api/v1/search?" + query).body()).get("total").asInt();
    }

    @Test
    void everyPageHasLandmarksAndASkipLink() {
        for (String path : List.of("/", "/search?q=fairness", "/talks/s01e01", "/topics/fairness",
                "/datasets/pad-ufes-20", "/speakers/roxana-daneshjou", "/seasons/1")) {
            Document doc = page(path);
            assertEquals("en", doc.selectFirst("html").attr("lang"), path);
            assertNotNull(doc.selectFirst("header"), path);
            assertNotNull(doc.selectFirst("main#main"), path);
            assertNotNull(doc.selectFirst("footer"), path);
            assertNotNull(doc.selectFirst("nav[aria-label]"), path);
            assertEquals("#main", doc.selectFirst("a.skip-link").attr("href"), path);
            assertEquals(1, doc.select("h1").size(), path);
            for (Element input : doc.select("input[type=search], select")) {
                assertFalse(doc.select("label[for=" + input.id() + "]").isEmpty(), path + ": label for " + input.id());
            }
        }
    }

    @Test
    void searchPageShowsHighlightedHitsAndFacetCountsThatMatchTheirFilters() throws IOException {
        Document doc = page("/search?q=fairness");
        assertTrue(doc.selectFirst("h1").text().contains(apiTotal("q=fairness") + " talks"));
        assertFalse(doc.select(".hit .snippet mark").isEmpty(), "highlighted snippets");
        Elements topics = doc.select("#facet-topic input[type=checkbox]");
        assertTrue(topics.size() > 3);
        Element first = topics.first();
        int count = Integer.parseInt(first.parent().selectFirst(".count").text());
        assertEquals(apiTotal("q=fairness&topic=" + first.val()), count);
        assertEquals("search", first.attr("form"), "facets submit with the search form, no script needed");
        assertNotNull(doc.selectFirst("form#search[action=/search][method=get]"));
        assertNotNull(doc.selectFirst("button.apply-filters[form=search]"));
    }

    @Test
    void facetListsStopAtTheFacetLimitAndLinkToMore() throws IOException {
        JsonNode topic = ApiJson.mapper().readTree(app.get("/api/v1/search?facet_limit=1000").body())
                .get("facets").get("topic");
        int all = topic.get("value_count").asInt();
        String last = topic.get("values").get(all - 1).get("value").asText();
        Elements selected = page("/search?facet_limit=3&topic=" + last).select("#facet-topic input[type=checkbox]");
        assertEquals(4, selected.size(), "three values and the selected one from further down");
        assertTrue(selected.last().hasAttr("checked"));

        Element more = page("/search?facet_limit=3").selectFirst("#facet-topic .facet-more a");
        assertNotNull(more, "a link to more topics");
        assertTrue(more.text().contains(all + " in all"), more.text());
        Document bigger = page(more.attr("href").replaceFirst("#.*", ""));
        assertEquals(Math.min(all, 15), bigger.select("#facet-topic input[type=checkbox]").size());
        assertEquals(List.of(), page("/search").select("#facet-season .facet-more"), "ten seasons: all listed");
    }

    @Test
    void selectingTwoValuesShowsTwoRemovableChips() {
        Document doc = page("/search?topic=dermatology&topic=fairness");
        Elements chips = doc.select(".chips a.chip");
        assertEquals(2, chips.size());
        assertTrue(doc.selectFirst("#facet-topic input[value=dermatology]").hasAttr("checked"));
        assertTrue(doc.selectFirst("#facet-topic input[value=fairness]").hasAttr("checked"));
        String removeFirst = chips.first().attr("href");
        assertEquals(1, page(removeFirst).select(".chips a.chip").size(), removeFirst);
    }

    @Test
    void misspelledQuerySaysHowItWasUnderstood() {
        Document doc = page("/search?q=dermatolgy&mode=keyword");
        assertEquals("dermatology", doc.selectFirst(".corrected strong").text());
        assertFalse(doc.select(".hit").isEmpty());
    }

    @Test
    void modeSortAndPagesAreShareableLinks() {
        Document doc = page("/search?mode=keyword&sort=date&size=4");
        assertTrue(doc.selectFirst("input[name=mode][value=keyword]").hasAttr("checked"));
        assertTrue(doc.selectFirst("select[name=sort] option[value=date]").hasAttr("selected"));
        Element next = doc.selectFirst(".pagination a[rel=next]");
        assertNotNull(next);
        assertEquals("/search?mode=keyword&sort=date&size=4&page=2", next.attr("href"));
        Document second = page(next.attr("href"));
        assertEquals("2", second.selectFirst(".pagination a[aria-current=page]").text());
        assertFalse(second.select(".hit").isEmpty());
    }

    @Test
    void hostileInputIsEscapedEverywhere() throws IOException {
        String hostile = "<script>alert(1)</script>\"><img src=x onerror=alert(2)>";
        HttpResponse<String> response = app.get("/search?q=" + SearchUrls.encode(hostile));
        assertEquals(200, response.statusCode());
        Document doc = Jsoup.parse(response.body());
        assertTrue(doc.select("script").stream().allMatch(s -> s.hasAttr("src")), "no inline script injected");
        assertTrue(doc.select("img").isEmpty(), "no injected image");
        assertEquals(hostile, doc.selectFirst("input#q").val());
        assertTrue(doc.selectFirst("h1").text().contains(hostile));

        HttpResponse<String> notFound = app.get("/talks/" + SearchUrls.encode("<b>x</b>"));
        assertEquals(404, notFound.statusCode());
        assertFalse(notFound.body().contains("<b>x</b>"));

        JsonNode api = ApiJson.mapper().readTree(app.get("/api/v1/search?q=" + SearchUrls.encode(hostile)).body());
        assertEquals(hostile, api.get("query").asText());
    }

    @Test
    void talkPageShowsSpeakersTopicsVideoCitationAndRelatedTalks() {
        Document doc = page("/talks/s01e01");
        assertEquals("Challenges with equipoise and fairness in AI/ML datasets in dermatology",
                doc.selectFirst("h1").text());
        assertTrue(doc.selectFirst(".talk-speakers").text().contains("Roxana Daneshjou (Stanford University)"));
        assertFalse(doc.select(".speaker p").isEmpty(), "bio");
        assertNotNull(doc.selectFirst("time[datetime=2023-02-27]"));
        assertNotNull(doc.selectFirst("a[href=/seasons/1]"));
        assertFalse(doc.select("#topics-h ~ ul .tag").isEmpty(), "curated topics");
        Element video = doc.selectFirst(".video-frame[data-youtube]");
        assertNotNull(video);
        assertTrue(doc.select("iframe").isEmpty(), "the video loads only on click");
        assertNotNull(video.selectFirst("a[href*=youtu]"), "without script, a link to the video");
        assertTrue(doc.selectFirst(".bibtex").text().startsWith("@misc{s01e01,"));
        Elements related = doc.select(".related-list li");
        assertEquals(PageController.RELATED_TALKS, related.size());
        for (Element r : related) {
            assertFalse(r.select(".reasons").text().isBlank(), "each related talk says why");
            assertEquals(200, app.get(r.selectFirst("a").attr("href")).statusCode());
        }
    }

    @Test
    void upcomingTalkShowsItsCuratedTopicsAndTba() throws IOException {
        JsonNode talk = ApiJson.mapper().readTree(app.get("/api/v1/talks/s10-quinn").body());
        Document doc = page("/talks/s10-quinn");
        assertEquals(talk.get("topics").size(), doc.select("section[aria-labelledby=topics-h] .tag:not(.tag-inferred)").size());
        assertTrue(talk.get("topics").size() > 0);
        assertTrue(doc.selectFirst(".badge-upcoming").text().contains("Date TBA"));
    }

    @Test
    void homePageOverviewCellsLinkToSearchesWithTheSameCount() {
        Document doc = page("/");
        Elements cells = doc.select("svg.overview a.cell");
        assertTrue(cells.size() > 10);
        for (Element cell : cells.subList(0, 5)) {
            int count = Integer.parseInt(cell.selectFirst("text").text());
            Document search = page(cell.attr("href"));
            assertTrue(search.selectFirst("h1").text().startsWith(count + " talk"), cell.attr("href"));
            assertFalse(cell.attr("aria-label").isBlank());
        }
        assertEquals(3, doc.select("#upcoming-h ~ .cards .card-upcoming").size());
    }

    @Test
    void topicDatasetSpeakerAndSeasonPagesListTheirTalks() throws IOException {
        assertEquals(apiTotal("topic=fairness"), page("/topics/fairness").select(".card").size());
        Document dataset = page("/datasets/pad-ufes-20");
        assertEquals(apiTotal("dataset=pad-ufes-20"), dataset.select(".card").size());
        assertEquals(apiTotal("season=3"), page("/seasons/3").select(".card").size());
        Document speaker = page("/speakers/roxana-daneshjou");
        assertEquals("Roxana Daneshjou", speaker.selectFirst("h1").text());
        assertTrue(speaker.text().contains("Stanford University"));
        assertNotNull(speaker.selectFirst(".card a[href=/talks/s01e01]"));
    }

    @Test
    void unknownThingsAre404PagesAndBadSearchesExplainThemselves() {
        for (String path : List.of("/talks/s99e99", "/topics/nothing", "/datasets/nothing", "/speakers/nobody",
                "/seasons/99", "/seasons/x", "/no/such/page")) {
            HttpResponse<String> response = app.get(path);
            assertEquals(404, response.statusCode(), path);
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), path);
        }
        HttpResponse<String> bad = app.get("/search?mode=fuzzy");
        assertEquals(400, bad.statusCode());
        assertTrue(Jsoup.parse(bad.body()).selectFirst("main").text().contains("unknown mode: fuzzy"));
    }

    @Test
    void atomFeedListsEveryTalk() throws Exception {
        HttpResponse<String> response = app.get("/feed.atom");
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/atom+xml"));
        var xml = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(response.body())));
        var entries = xml.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        assertEquals(TestIndexes.corpusTalks(), entries.getLength());
        assertTrue(response.body().contains(RunningApp.PUBLIC_BASE + "/talks/s01e01"));
    }

    @Test
    void calendarNamesUpcomingTalksAndIsValidIcalendar() {
        HttpResponse<String> response = app.get("/upcoming.ics");
        String body = response.body();
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
        assertTrue(body.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        assertTrue(body.endsWith("END:VCALENDAR\r\n"));
        for (String line : body.split("\r\n")) {
            assertTrue(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 75, line);
        }
        String unfolded = body.replace("\r\n ", "");
        for (String title : List.of("Interobserver Variability in Breast Screening", "Observer variability")) {
            assertTrue(unfolded.contains(title), title);
        }
    }
}
