package org.talkarchive.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

/**
 * What search engines, link previews and browsers read: schema.org JSON-LD checked against the schema.org
 * vocabulary ({@code schemaorg/properties.tsv}), the sitemap against the sitemaps.org XSD, Open Graph and Twitter
 * card meta, canonical URLs, robots.txt and the OpenSearch description, over real HTTP on the real corpus.
 */
class DiscoverabilityTest {

    /**
     * What each type needs to be useful: for VideoObject and Event the properties search engines require for a video
     * or event result (Google's structured-data guidelines: name, thumbnailUrl, uploadDate; name, startDate,
     * location), startDate only where the talk has a date; a Person or Organization needs a name.
     */
    private static final Map<String, List<String>> REQUIRED = Map.of(
            "VideoObject", List.of("name", "description", "thumbnailUrl", "uploadDate", "url"),
            "Event", List.of("name", "location", "eventStatus", "eventAttendanceMode", "url"),
            "Person", List.of("name"),
            "Organization", List.of("name"),
            "VirtualLocation", List.of("url"));
    private static final Set<String> DATES = Set.of("uploadDate", "startDate");
    private static final Set<String> URLS = Set.of("url", "embedUrl", "thumbnailUrl", "sameAs");

    private static Map<String, Set<String>> vocabulary;
    private final RunningApp app = RunningApp.get();

    @BeforeAll
    static void readVocabulary() throws IOException {
        vocabulary = new HashMap<>();
        try (InputStream in = DiscoverabilityTest.class.getResourceAsStream("/schemaorg/properties.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] parts = line.split("\t");
                vocabulary.put(parts[0], Set.of(parts[1].split(" ")));
            }
        }
    }

    @Test
    void everyTalkPageDescribesItselfInValidSchemaOrg() throws IOException {
        JsonNode talks = ApiJson.mapper().readTree(app.get("/api/v1/talks").body()).get("talks");
        assertEquals(30, talks.size());
        int videos = 0;
        int events = 0;
        for (JsonNode talk : talks) {
            String id = talk.get("id").asText();
            Document page = Jsoup.parse(app.get("/talks/" + id).body());
            List<Element> scripts = page.select("script[type=application/ld+json]");
            assertEquals(1, scripts.size(), id);
            JsonNode node = ApiJson.mapper().readTree(scripts.get(0).data());
            assertEquals("https://schema.org", node.get("@context").asText(), id);
            List<String> problems = new ArrayList<>();
            check(node, id, problems);
            assertEquals(List.of(), problems);
            boolean recorded = !talk.get("video").isNull();
            assertEquals(recorded ? "VideoObject" : "Event", node.get("@type").asText(), id);
            if (recorded) {
                videos++;
            } else {
                events++;
                assertEquals(!talk.get("date").isNull(), node.has("startDate"), id + ": startDate iff dated");
            }
            JsonNode people = node.get(recorded ? "author" : "performer");
            assertEquals(talk.get("speakers").size(), people.size(), id + ": a Person per speaker");
            assertEquals(talk.get("speakers").get(0).asText(), people.get(0).get("name").asText());
        }
        assertTrue(videos > 20 && events >= 3, videos + " videos, " + events + " events");
    }

    /** A node's type is one we know, every property is schema.org's for that type, and the needed ones are there. */
    private static void check(JsonNode node, String where, List<String> problems) {
        String type = node.path("@type").asText();
        Set<String> known = vocabulary.get(type);
        if (known == null) {
            problems.add(where + ": unexpected @type " + type);
            return;
        }
        REQUIRED.get(type).stream().filter(p -> !node.has(p))
                .forEach(p -> problems.add(where + ": " + type + " lacks " + p));
        node.fieldNames().forEachRemaining(name -> {
            if (name.startsWith("@")) {
                return;
            }
            if (!known.contains(name)) {
                problems.add(where + ": " + name + " is not a property of " + type);
            }
            List<JsonNode> values = new ArrayList<>();
            if (node.get(name).isArray()) {
                node.get(name).forEach(values::add);
            } else {
                values.add(node.get(name));
            }
            for (JsonNode value : values) {
                if (value.isObject()) {
                    check(value, where + "." + name, problems);
                } else if (DATES.contains(name)) {
                    LocalDate.parse(value.asText());
                } else if (URLS.contains(name) && !value.asText().matches("https?://\\S+")) {
                    problems.add(where + ": " + name + " is not an absolute URL: " + value.asText());
                }
            }
        });
    }

    @Test
    void sharedLinksShowTitleSpeakersAndThumbnail() {
        Document page = Jsoup.parse(app.get("/talks/s01e01").body());
        assertEquals(RunningApp.PUBLIC_BASE + "/talks/s01e01", page.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals("Challenges with equipoise and fairness in AI/ML datasets in dermatology",
                page.selectFirst("meta[property=og:title]").attr("content"));
        assertTrue(page.selectFirst("meta[property=og:description]").attr("content")
                .startsWith("Roxana Daneshjou (Stanford University) · 27 February 2023. "));
        assertEquals("https://i.ytimg.com/vi/hDKuw28ATe4/hqdefault.jpg",
                page.selectFirst("meta[property=og:image]").attr("content"));
        assertEquals("summary_large_image", page.selectFirst("meta[name=twitter:card]").attr("content"));
        assertEquals("video.other", page.selectFirst("meta[property=og:type]").attr("content"));
        assertEquals(RunningApp.PUBLIC_BASE + "/talks/s01e01", page.selectFirst("meta[property=og:url]").attr("content"));
        Document directory = Jsoup.parse(app.get("/talks?season=2").body());
        assertEquals(RunningApp.PUBLIC_BASE + "/talks?season=2", directory.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals("summary", directory.selectFirst("meta[name=twitter:card]").attr("content"));
    }

    @Test
    void sitemapFollowsTheProtocolAndReachesEveryTalk() throws Exception {
        String sitemap = app.get("/sitemap.xml").body();
        URL xsd = getClass().getResource("/sitemaps/sitemap.xsd");
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd).newValidator()
                .validate(new StreamSource(new StringReader(sitemap)));
        var xml = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(sitemap)));
        var locs = xml.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < locs.getLength(); i++) {
            urls.add(locs.item(i).getTextContent());
        }
        JsonNode talks = ApiJson.mapper().readTree(app.get("/api/v1/talks").body()).get("talks");
        talks.forEach(t -> assertTrue(urls.contains(RunningApp.PUBLIC_BASE + "/talks/" + t.get("id").asText())));
        for (String page : List.of("/", "/talks", "/speakers", "/topics/fairness", "/seasons/1",
                "/speakers/roxana-daneshjou", "/datasets/pad-ufes-20")) {
            assertTrue(urls.contains(RunningApp.PUBLIC_BASE + page), page);
        }
        for (String url : urls.subList(0, 40)) {
            assertEquals(200, app.get(url.substring(RunningApp.PUBLIC_BASE.length())).statusCode(), url);
        }
        assertEquals(urls.size(), Set.copyOf(urls).size(), "no URL twice");
    }

    @Test
    void robotsNameTheSitemapAndKeepCrawlersOutOfTheApiAndSearches() {
        String robots = app.get("/robots.txt").body();
        assertTrue(robots.contains("Sitemap: " + RunningApp.PUBLIC_BASE + "/sitemap.xml\n"), robots);
        assertTrue(robots.contains("Disallow: /api/\n") && robots.contains("Disallow: /search\n"), robots);
        assertEquals(404, app.get("/sitemap.xml?page=2").statusCode(), "30 talks fit in one sitemap");
    }

    @Test
    void browsersCanAddTheArchiveAsASearchEngine() throws Exception {
        Document home = Jsoup.parse(app.get("/").body());
        Element link = home.selectFirst("link[rel=search][type=application/opensearchdescription+xml]");
        assertNotNull(link);
        var xml = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(app.get(link.attr("href")).body())));
        String ns = "http://a9.com/-/spec/opensearch/1.1/";
        assertEquals("Talk archive", xml.getElementsByTagNameNS(ns, "ShortName").item(0).getTextContent());
        var urls = xml.getElementsByTagNameNS(ns, "Url");
        List<String> templates = new ArrayList<>();
        for (int i = 0; i < urls.getLength(); i++) {
            templates.add(urls.item(i).getAttributes().getNamedItem("template").getNodeValue());
        }
        assertTrue(templates.contains(RunningApp.PUBLIC_BASE + "/search?q={searchTerms}"), templates.toString());
    }
}
