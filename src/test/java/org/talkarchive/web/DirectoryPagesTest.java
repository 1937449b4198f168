package org.talkarchive.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.talkarchive.web.view.Pager;

/** The directory pages over real HTTP on the real corpus, read as a browser without JavaScript would. */
class DirectoryPagesTest {

    private static final List<String> DIRECTORIES = List.of("/talks", "/topics", "/speakers", "/datasets", "/seasons");

    private final RunningApp app = RunningApp.get();

    private Document page(String path) {
        HttpResponse<String> response = app.get(path);
        assertEquals(200, response.statusCode(), path);
        return Jsoup.parse(response.body(), app.base + path);
    }

    private JsonNode api(String pathAndQuery) throws IOException {
        return ApiJson.mapper().readTree(app.get(pathAndQuery).body());
    }

    @Test
    void everyDirectoryIsAPageLinkedFromTheNavigation() {
        for (String path : DIRECTORIES) {
            Document doc = page(path);
            assertEquals(1, doc.select("h1").size(), path);
            for (String other : DIRECTORIES) {
                assertNotNull(doc.selectFirst("nav[aria-label=Main] a[href=" + other + "]"), path + " links " + other);
            }
        }
    }

    @Test
    void talksNarrowBySeasonAndYearWithPlainLinks() throws IOException {
        Document all = page("/talks");
        int total = api("/api/v1/search?q=").get("total").asInt();
        assertEquals(total, all.select(".card").size(), "30 talks fit on one page");
        Element series = all.selectFirst("nav.browse a.tag[href^=/talks?series=]");
        assertNotNull(series, "the series facet (from the corpus format for many series) is browsable too");
        assertEquals(total, page(series.attr("href")).select(".card").size(), "the bundled talks are one series");
        Element season = all.selectFirst("nav.browse a.tag[href=/talks?season=1]");
        assertNotNull(season, "a link per season");
        Document first = page(season.attr("href"));
        assertEquals(api("/api/v1/search?season=1").get("total").asInt(), first.select(".card").size());
        Element selected = first.selectFirst("a.tag-selected");
        assertEquals("/talks", selected.attr("href"), "the selected season's link removes it");
        Element year = first.selectFirst("nav.browse a.tag[href^=/talks?season=1&year=]");
        assertNotNull(year, "years combine with the season");
        Document both = page(year.attr("href"));
        assertFalse(both.select(".card").isEmpty());
        assertTrue(both.select(".card time").eachAttr("datetime").stream()
                .allMatch(d -> year.attr("href").endsWith("year=" + d.substring(0, 4))));
    }

    @Test
    void pagesPastTheEndAndBadParametersAreErrors() {
        assertEquals(404, app.get("/talks?page=2").statusCode());
        assertEquals(400, app.get("/talks?page=zero").statusCode());
        assertEquals(400, app.get("/talks?topic=fairness").statusCode(), "/talks browses season, year, series");
        assertEquals(400, app.get("/speakers?letter=AB").statusCode());
        assertEquals(400, app.get("/seasons?page=1").statusCode());
    }

    @Test
    void pagerLinksKeepTheFiltersAndStopAtTheEnds() {
        Pager middle = Paging.pager("/talks", List.of(Map.entry("season", "2")), 2, 120, 50);
        assertEquals("/talks?season=2", middle.previous());
        assertEquals("/talks?season=2&page=3", middle.next());
        assertEquals(3, middle.pages());
        Pager last = Paging.pager("/talks", List.of(), 3, 120, 50);
        assertNull(last.next());
        assertEquals(1, Paging.pager("/talks", List.of(), 1, 0, 50).pages(), "an empty list is one page");
    }

    @Test
    void topicsShowThemesApartFromApplicationAreasWithCounts() throws IOException {
        Document doc = page("/topics");
        assertEquals("Themes", doc.selectFirst("#kind-theme").text());
        assertEquals("Application areas", doc.selectFirst("#kind-application").text());
        for (JsonNode topic : api("/api/v1/topics").get("topics")) {
            Element link = doc.selectFirst("#kind-" + topic.get("kind").asText() + " ~ ul a[href=/topics/"
                    + topic.get("id").asText() + "]");
            assertNotNull(link, topic.get("id").asText());
            int talks = topic.get("talks").asInt();
            assertEquals(talks + (talks == 1 ? " talk" : " talks"), link.parent().selectFirst(".count").text());
            assertEquals(topic.get("description").asText(), link.parent().selectFirst("p").text());
        }
    }

    @Test
    void speakersAreAToZWithAffiliationAndTalks() {
        Document all = page("/speakers");
        assertNotNull(all.selectFirst("nav.az a[href=/speakers?letter=R]"));
        assertNotNull(all.selectFirst("nav.az .az-empty"), "letters nobody's name starts with are not links");
        Document r = page("/speakers?letter=R");
        assertEquals("Speakers: R", r.selectFirst("h1").text());
        for (Element name : r.select(".directory-list > li > a")) {
            assertTrue(name.text().startsWith("R"), name.text());
        }
        Element roxana = r.selectFirst(".directory-list > li > a[href=/speakers/roxana-daneshjou]").parent();
        assertEquals("Stanford University", roxana.selectFirst(".affiliation").text());
        assertNotNull(roxana.selectFirst(".directory-talks a[href=/talks/s01e01]"));
        assertEquals("R", r.selectFirst("nav.az a[aria-current=page]").text());
    }

    @Test
    void datasetsShowModalityHomePageAndTalks() {
        Document doc = page("/datasets");
        Element pad = doc.selectFirst(".directory-list > li > a[href=/datasets/pad-ufes-20]").parent();
        assertFalse(pad.select("dt:containsOwn(Modality) + dd").text().isBlank());
        assertTrue(pad.selectFirst("dt:containsOwn(Home page) + dd a").attr("href").startsWith("http"));
        assertFalse(pad.select(".directory-talks a[href^=/talks/]").isEmpty());
    }

    @Test
    void seasonsShowTheirDatesAndThemes() {
        Document doc = page("/seasons");
        Element first = doc.selectFirst(".directory-list > li > a[href=/seasons/1]").parent();
        assertTrue(first.selectFirst("p").text().startsWith("27 February 2023"), first.text());
        assertFalse(first.select(".tags a[href^=/topics/]").isEmpty(), "its themes");
        assertEquals(10, doc.select(".directory-list > li").size(), "S01-S10");
    }
}
