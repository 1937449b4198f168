package org.talkarchive.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talkarchive.testing.CorpusCopy;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Saved searches: every search as an Atom feed, newest first, and upcoming talks per topic or series as iCalendar. */
class SavedSearchFeedsTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private final RunningApp app = RunningApp.get();

    /** The talk ids of a feed's entries, in feed order. */
    private static List<String> entryIds(String atom) throws Exception {
        var xml = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(atom)));
        NodeList entries = xml.getElementsByTagNameNS(ATOM, "entry");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < entries.getLength(); i++) {
            String id = ((Element) entries.item(i)).getElementsByTagNameNS(ATOM, "id").item(0).getTextContent();
            ids.add(id.substring(id.lastIndexOf('/') + 1));
        }
        return ids;
    }

    private List<String> apiIdsNewestFirst(String query) throws Exception {
        JsonNode hits = ApiJson.mapper().readTree(app.get("/api/v1/search?" + query + "&sort=date&size=50").body())
                .get("hits");
        List<String> ids = new ArrayList<>();
        hits.forEach(h -> ids.add(h.get("id").asText()));
        return ids;
    }

    @Test
    void theSearchPageOffersItsFeedWhichListsTheSameTalksNewestFirst() throws Exception {
        Document page = Jsoup.parse(app.get("/search?q=fairness&topic=dermatology&page=1&sort=relevance").body());
        String feed = page.selectFirst("link[rel=alternate][type=application/atom+xml]").attr("href");
        assertEquals("/search.atom?q=fairness&topic=dermatology", feed, "page and sort do not change the feed");
        assertEquals(feed, page.selectFirst("main a[type=application/atom+xml]").attr("href"), "a visible link");
        HttpResponse<String> response = app.get(feed);
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/atom+xml"));
        List<String> ids = entryIds(response.body());
        assertFalse(ids.isEmpty());
        assertEquals(apiIdsNewestFirst("q=fairness&topic=dermatology"), ids);
        assertTrue(response.body().contains("<link rel=\"self\" href=\"" + RunningApp.PUBLIC_BASE
                + "/search.atom?q=fairness&amp;topic=dermatology\""), response.body());
    }

    @Test
    void aFacetOnlyFeedAndBadParameters() throws Exception {
        assertEquals(apiIdsNewestFirst("topic=dermatology&season=1"),
                entryIds(app.get("/search.atom?topic=dermatology&season=1").body()));
        assertEquals(400, app.get("/search.atom?mode=fuzzy").statusCode());
        assertEquals(400, app.get("/upcoming.ics?q=bias").statusCode(), "a calendar takes facets, not a query");
    }

    @Test
    void topicPagesOfferTheirFeedAndCalendarOfUpcomingTalks() {
        Document topic = Jsoup.parse(app.get("/topics/breast").body());
        assertEquals("/search.atom?topic=breast", topic.selectFirst("main a[type=application/atom+xml]").attr("href"));
        String calendar = topic.selectFirst("main a[type=text/calendar]").attr("href");
        assertEquals("/upcoming.ics?topic=breast", calendar);
        String ics = app.get(calendar).body().replace("\r\n ", "");
        assertTrue(ics.contains("X-WR-CALNAME:Datasets through the L\uD83D\uDC40king-Glass: upcoming talks "
                + "(topic breast)"), ics);
        // All three announced talks are undated; only the breast-imaging one is named in this calendar.
        assertTrue(ics.contains("Interobserver Variability in Breast Screening"), ics);
        assertFalse(ics.contains("Annotator Disagreement in Skin Lesion"), ics);
        String all = app.get("/upcoming.ics").body().replace("\r\n ", "");
        assertTrue(all.length() > ics.length(), "the topic's calendar holds fewer talks than all of them");
    }

    @Test
    void aSubscriberHearsOfANewTalkOnTheirSubjectOnceItIsIndexed(@TempDir Path tmp) throws Exception {
        CorpusCopy corpus = CorpusCopy.of(tmp);
        try (ServedArchive served = ServedArchive.build(corpus.dir(), tmp.resolve("index"))) {
            // Keyword mode: a hybrid search may also add a few talks by meaning, and new talks shift which.
            String feed = "/search.atom?q=dermatology&mode=keyword&topic=fairness";
            List<String> before = entryIds(served.get(feed).body());
            assertFalse(before.contains("s11e01"));

            String talk = Files.readString(corpus.talkFile("s01e01"))
                    .replace("id: s01e01", "id: s11e01").replace("season: 1", "season: 11")
                    .replace("date: 2023-02-27", "date: 2026-11-20");
            Files.writeString(corpus.talkFile("s11e01"), talk);
            Files.writeString(corpus.talkFile("s11e02"), talk.replace("id: s11e01", "id: s11e02")
                    .replace("episode: 1", "episode: 2").replace("date: 2026-11-20", "date: 2099-01-15")
                    .replace("status: past", "status: upcoming"));
            served.reindex();

            List<String> after = entryIds(served.get(feed).body());
            assertEquals(List.of("s11e02", "s11e01"), after.subList(0, 2), "the new talks come first, newest first");
            assertEquals(before, after.subList(2, after.size()));
            String ics = served.get("/upcoming.ics?topic=fairness").body();
            assertTrue(ics.contains("DTSTART;VALUE=DATE:20990115"), "the announced talk is in its topic's calendar");
            assertFalse(served.get("/upcoming.ics?topic=breast").body().contains("20990115"));
        }
    }
}
