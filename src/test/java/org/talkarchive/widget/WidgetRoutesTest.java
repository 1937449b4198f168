package org.talkarchive.widget;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.talkarchive.testing.TestIndexes;
import org.talkarchive.web.WebApp;
import org.talkarchive.web.WebConfig;
import org.talkarchive.web.WidgetOption;

/** The widget's routes over HTTP, on the real app: the script, the /embed page and the iframe variant. */
class WidgetRoutesTest {

    static final int GZIP_BUDGET = 10 * 1024;
    static final String ORGANISERS = "https://medical-datasets.github.io";

    private static ArchiveServer archive;
    private static ArchiveServer restricted;

    @BeforeAll
    static void start() {
        archive = ArchiveServer.start(TestIndexes.realCorpus());
        restricted = ArchiveServer.start(TestIndexes.realCorpus(), List.of(ORGANISERS));
    }

    @AfterAll
    static void stop() {
        if (archive != null) {
            archive.close();
        }
        if (restricted != null) {
            restricted.close();
        }
    }

    @Test
    void widgetScriptStaysUnderTenKilobytesGzipped() {
        byte[] script = widgetScript();
        int gzipped = gzip9(script).length;
        System.out.printf("widget.js: %d bytes, %d bytes gzipped (-9)%n", script.length, gzipped);
        assertTrue(gzipped < GZIP_BUDGET, "widget.js is " + gzipped + " bytes gzipped");
    }

    @Test
    void everyDocumentedAttributeIsReadByTheScript() {
        String script = new String(widgetScript(), StandardCharsets.UTF_8);
        for (WidgetOption option : WidgetOption.ALL) {
            String name = option.name();
            // Read in script as 'name', or in the shadow stylesheet as [name] / [name=...]
            assertTrue(script.contains("'" + name + "'") || script.contains("[" + name + "]")
                    || script.contains("[" + name + "="), "widget.js does not read the documented attribute " + name);
        }
    }

    @Test
    void versionedScriptUrlIsCachedForAYearAndLoadableFromAnySite() {
        String snippet = snippet("");
        String versioned = snippet.replaceAll("(?s).*<script src=\"" + archive.baseUrl() + "(/widget\\.js\\?v=[0-9a-f]+)\".*",
                "$1");
        HttpResponse<String> response = archive.fetch(versioned);
        assertAll(
                () -> assertEquals(200, response.statusCode()),
                () -> assertEquals("text/javascript; charset=utf-8", header(response, "Content-Type")),
                () -> assertEquals("public, max-age=31536000, immutable", header(response, "Cache-Control")),
                () -> assertEquals("*", header(response, "Access-Control-Allow-Origin")),
                () -> assertEquals("cross-origin", header(response, "Cross-Origin-Resource-Policy")),
                () -> assertEquals(new String(widgetScript(), StandardCharsets.UTF_8), response.body()));
    }

    @Test
    void unversionedScriptUrlIsCachedForADayAndRevalidatedByEtag() {
        HttpResponse<String> response = archive.fetch("/widget.js");
        HttpResponse<String> stale = archive.fetch("/widget.js?v=000000000000");
        assertAll(
                () -> assertEquals(200, response.statusCode()),
                () -> assertTrue(header(response, "Cache-Control").startsWith("public, max-age=86400"),
                        header(response, "Cache-Control")),
                () -> assertTrue(header(response, "ETag").matches("\"[0-9a-f]{12}\""), header(response, "ETag")),
                () -> assertEquals(header(response, "Cache-Control"), header(stale, "Cache-Control"),
                        "an old version in a URL is not cached as if it were current"));
    }

    @Test
    void embedPageGivesTheSnippetForTheChosenOptionsWithAFallbackForm() {
        String snippet = snippet("?topic=fairness&limit=5&placeholder=Search+past+talks");
        assertAll(
                () -> assertTrue(snippet.contains(
                        "<talk-search topic=\"fairness\" limit=\"5\" placeholder=\"Search past talks\">"), snippet),
                () -> assertTrue(snippet.contains("<form action=\"" + archive.baseUrl() + "/search\" method=\"get\">"),
                        snippet),
                () -> assertTrue(snippet.contains("<input type=\"hidden\" name=\"topic\" value=\"fairness\">"), snippet),
                () -> assertTrue(snippet.endsWith("</talk-search>"), snippet));
    }

    @Test
    void embedPageHasALivePreviewAndDocumentsEveryAttribute() {
        Document page = Jsoup.parse(archive.get("/embed?topic=fairness&season=4"));
        Element preview = page.selectFirst("talk-search#preview");
        List<String> documented = page.select("table.options-table").first().select("tbody th code").eachText();
        assertAll(
                () -> assertEquals("fairness", preview.attr("topic")),
                () -> assertEquals("4", preview.attr("season")),
                () -> assertTrue(page.selectFirst("script[src^=/widget.js?v=]") != null, "the preview loads the widget"),
                () -> assertEquals(WidgetOption.ALL.stream().map(WidgetOption::name).toList(), documented),
                () -> assertEquals("/embed/frame?topic=fairness&season=4",
                        page.selectFirst("iframe.embed-frame-preview").attr("src")));
    }

    @Test
    void embedPageEscapesWhatWasTypedIntoItsForm() {
        String typed = "\"><script>alert(1)</script>";
        Document page = Jsoup.parse(archive.get("/embed?placeholder=" + URLEncoder.encode(typed,
                StandardCharsets.UTF_8)));
        String snippet = page.selectFirst("pre#snippet code").wholeText();
        assertAll(
                () -> assertTrue(page.select("script").stream().noneMatch(s -> s.data().contains("alert")),
                        "no script was injected"),
                () -> assertEquals(typed, page.selectFirst("talk-search#preview").attr("placeholder")),
                () -> assertTrue(snippet.contains("placeholder=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\""),
                        snippet));
    }

    @Test
    void embedRefusesAnUnknownTopicNamingIt() {
        HttpResponse<String> response = archive.fetch("/embed?topic=astrology");
        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("no topic in the archive is called astrology"), response.body());
    }

    @Test
    void frameMayBeEmbeddedOnlyByTheConfiguredSites() {
        HttpResponse<String> open = archive.fetch("/embed/frame?topic=fairness");
        HttpResponse<String> limited = restricted.fetch("/embed/frame?topic=fairness");
        assertAll(
                () -> assertTrue(header(open, "Content-Security-Policy").endsWith("frame-ancestors *"),
                        header(open, "Content-Security-Policy")),
                () -> assertTrue(header(limited, "Content-Security-Policy")
                        .endsWith("frame-ancestors 'self' " + ORGANISERS), header(limited, "Content-Security-Policy")),
                () -> assertTrue(header(restricted.fetch("/embed"), "Content-Security-Policy")
                        .contains("frame-ancestors 'self'"), "the rest of the app is not framed by others"));
    }

    @Test
    void frameShowsTheWidgetInlineWithLinksOpeningInTheWholeWindow() {
        Element widget = Jsoup.parse(archive.get("/embed/frame?topic=fairness&limit=3&theme=dark"))
                .selectFirst("talk-search");
        assertAll(
                () -> assertTrue(widget.hasAttr("inline")),
                () -> assertEquals("_top", widget.attr("target")),
                () -> assertEquals("fairness", widget.attr("topic")),
                () -> assertEquals("3", widget.attr("limit")),
                () -> assertEquals("dark", widget.attr("theme")),
                () -> assertEquals("fairness", widget.selectFirst("form input[name=topic]").attr("value")));
    }

    @Test
    void frameWithBadParametersExplainsTheMistakeInsideTheFrame() {
        HttpResponse<String> response = restricted.fetch("/embed/frame?limit=99");
        Document page = Jsoup.parse(response.body());
        assertAll(
                () -> assertEquals(400, response.statusCode()),
                () -> assertTrue(page.selectFirst("[role=alert]").text().contains("limit must be between 1 and 20: 99"),
                        page.selectFirst("[role=alert]").text()),
                () -> assertTrue(header(response, "Content-Security-Policy").endsWith(
                        "frame-ancestors 'self' " + ORGANISERS), "the site that made the mistake may show it"));
    }

    @Test
    void frameRejectsAnUnknownParameterNamingIt() {
        HttpResponse<String> response = archive.fetch("/embed/frame?colour=red");
        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("unknown parameter: colour"), response.body());
    }

    @Test
    void aFrameAncestorThatIsNotAnOriginIsRefusedAtStartup() {
        WebConfig bad = new WebConfig(List.of(WebConfig.ANY), List.of("https://a.org; script-src *"),
                "http://localhost:1");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WebApp.create(TestIndexes.realCorpus(), bad));
        assertTrue(e.getMessage().contains("https://a.org; script-src *"), e.getMessage());
    }

    private static String snippet(String query) {
        return Jsoup.parse(archive.get("/embed" + query)).selectFirst("pre#snippet code").wholeText();
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    private static byte[] widgetScript() {
        try (InputStream in = WidgetRoutesTest.class.getResourceAsStream("/public/widget.js")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Like {@code gzip -9}. */
    private static byte[] gzip9(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gzip.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
