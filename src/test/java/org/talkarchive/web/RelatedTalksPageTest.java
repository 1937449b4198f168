package org.talkarchive.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The talk page's related list says which related talks have not happened yet, as the talk cards do. */
class RelatedTalksPageTest {

    private final RunningApp app = RunningApp.get();

    private JsonNode json(String path) throws IOException {
        HttpResponse<String> response = app.get(path);
        assertEquals(200, response.statusCode(), path);
        return ApiJson.mapper().readTree(response.body());
    }

    @Test
    void relatedUpcomingTalksCarryTheUpcomingBadge() throws IOException {
        int upcomingSeen = 0;
        for (JsonNode talk : json("/api/v1/search?size=100&status=past").get("hits")) {
            String id = talk.get("id").asText();
            Document doc = Jsoup.parse(app.get("/talks/" + id).body());
            for (Element li : doc.select(".related-list li")) {
                String href = li.selectFirst("a").attr("href");
                String relatedId = href.substring(href.lastIndexOf('/') + 1);
                boolean upcoming = "upcoming".equals(json("/api/v1/talks/" + relatedId).get("status").asText());
                assertEquals(upcoming, li.selectFirst(".badge-upcoming") != null, id + " -> " + relatedId);
                if (upcoming) {
                    upcomingSeen++;
                    assertTrue(li.selectFirst(".badge-upcoming").text().startsWith("Upcoming"), li.outerHtml());
                }
            }
        }
        assertTrue(upcomingSeen > 0, "some past talk has an upcoming talk among its related ones");
    }
}
