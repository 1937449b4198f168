package org.talkarchive.widget;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.talkarchive.corpus.CorpusReader;
import org.talkarchive.embed.Embedder;
import org.talkarchive.index.TalkIndexer;
import org.talkarchive.search.TalkSearcher;
import org.talkarchive.testing.CorpusCopy;
import org.talkarchive.testing.HashingEmbedder;
import org.talkarchive.testing.TestIndexes;

/**
 * The widget as a site owner uses it: the snippet from the archive's /embed page pasted into the series' own webinar
 * page, served from another origin, in real headless Chromium against the real archive over the real corpus.
 */
class WidgetOnHostPageTest {

    @TempDir
    static Path profile;

    private static ArchiveServer archive;
    private static HostSite site;
    private static Chromium chromium;
    private static WebinarHostPage webinar;

    @BeforeAll
    static void start() {
        assertTrue(Chromium.installed(), "needs Debian's chromium and chromium-driver: apt-get install -y chromium "
                + "chromium-driver");
        archive = ArchiveServer.start(TestIndexes.realCorpus());
        site = HostSite.start();
        webinar = WebinarHostPage.load();
        chromium = Chromium.start(profile);
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
        if (site != null) {
            site.close();
        }
        if (archive != null) {
            archive.close();
        }
    }

    @AfterEach
    void consoleHasNoErrors() {
        List<LogEntry> errors = chromium.severeConsoleEntries();
        assertTrue(errors.isEmpty(), "console errors: " + errors);
    }

    @Test
    void typingAQueryListsTheMatchingTalksLinkedToTheArchive() {
        open(page("/webinar/", webinar.withSnippet(scriptSnippet(archive, ""))));
        TalkSearchWidget widget = TalkSearchWidget.only(driver());

        widget.type("shortcut");
        widget.awaitTalks();

        List<String> ids = widget.talkIds();
        assertTrue(ids.contains("s04e01"), "Schrouff's talk on shortcut learning is among " + ids);
        assertEquals(archive.apiTalkIds(Map.of("q", "shortcut", "size", "5")), ids,
                "the widget shows what the archive answers, in its order");
        WebElement schrouff = widget.talkOptions().get(ids.indexOf("s04e01"));
        assertAll(
                () -> assertEquals(archive.baseUrl() + "/talks/s04e01", schrouff.getDomAttribute("href")),
                () -> assertTrue(schrouff.getText().contains("Detecting shortcut learning for fair medical AI"),
                        schrouff.getText()),
                () -> assertTrue(schrouff.getText().contains("Jessica Schrouff"), schrouff.getText()),
                () -> assertTrue(widget.liveRegion().matches("\\d+ talks found(, showing 5)?\\."),
                        widget.liveRegion()),
                () -> assertTrue(widget.expanded()),
                () -> assertFalse(driver().findElement(By.cssSelector("talk-search form")).isDisplayed(),
                        "the no-JavaScript fallback is hidden once the widget runs"));
    }

    @Test
    void talkAndTranscriptLinksUseTheArchiveAddressTheWidgetReachedNotTheServersConfiguredOne(@TempDir Path temp)
            throws Exception {
        CorpusCopy copy = CorpusCopy.of(temp);
        Path corpus = copy.dir();
        String abstractText = CorpusReader.read(corpus).talk("s01e01").orElseThrow().abstractText();
        Files.createDirectories(corpus.resolve("transcripts"));
        Files.writeString(corpus.resolve("transcripts/s01e01.vtt"), captions(abstractText));
        Embedder embedder = new HashingEmbedder();
        new TalkIndexer(embedder, null).build(corpus, temp.resolve("index"));
        String leakedDefault = "http://localhost:7070";
        try (TalkSearcher searcher = TalkSearcher.open(temp.resolve("index"), embedder);
             ArchiveServer proxied = ArchiveServer.misconfigured(searcher, leakedDefault)) {
            String snippet = scriptSnippet(proxied, "?mode=keyword").replace(leakedDefault, proxied.baseUrl());
            open(page("/proxied/", webinar.withSnippet(snippet)));
            TalkSearchWidget widget = TalkSearchWidget.only(driver());
            widget.type("cutaneous neoplasms");
            widget.awaitTalks();
            assertEquals("s01e01", widget.talkIds().get(0));
            for (WebElement talk : widget.talkOptions()) {
                assertTrue(talk.getDomAttribute("href").startsWith(proxied.baseUrl() + "/talks/"),
                        talk.getDomAttribute("href"));
            }
            List<WebElement> passages = widget.options().stream()
                    .filter(o -> "p".equals(o.getDomAttribute("class"))).toList();
            assertFalse(passages.isEmpty(), "transcript passages are listed");
            for (WebElement passage : passages) {
                assertTrue(passage.getDomAttribute("href").matches(
                        Pattern.quote(proxied.baseUrl() + "/talks/s01e01#t") + "\\d+"),
                        passage.getDomAttribute("href"));
            }
        }
    }

    /** WebVTT captions of a text, one sentence every 15 seconds. */
    private static String captions(String text) {
        String[] sentences = text.replaceAll("\\s+", " ").split("(?<=\\.) ");
        StringBuilder vtt = new StringBuilder("WEBVTT\n\n");
        for (int i = 0; i < sentences.length; i++) {
            vtt.append("%s --> %s\n%s\n\n".formatted(cueTime(i * 15), cueTime(i * 15 + 15), sentences[i]));
        }
        return vtt.toString();
    }

    private static String cueTime(int s) {
        return "%02d:%02d:%02d.000".formatted(s / 3600, s / 60 % 60, s % 60);
    }

    @Test
    void withTheFeedAttributeTheWidgetLinksToTheSavedSearchFeed() {
        String snippet = scriptSnippet(archive, "?topic=fairness").replace("<talk-search ", "<talk-search feed ");
        open(page("/webinar-feed/", webinar.withSnippet(snippet)));
        TalkSearchWidget widget = TalkSearchWidget.only(driver());
        widget.type("dermatology");
        widget.awaitTalks();
        WebElement feed = widget.host().getShadowRoot().findElement(By.cssSelector("a.feed"));
        String href = feed.getDomAttribute("href");
        assertEquals(archive.baseUrl() + "/search.atom?q=dermatology&topic=fairness", href);
        String atom = archive.get(href.substring(archive.baseUrl().length()));
        assertTrue(atom.contains("<title>Datasets through the L\uD83D\uDC40king-Glass: talks matching "
                + "\u201cdermatology\u201d, topic fairness</title>"), atom);
        assertTrue(atom.contains("/talks/s01e01</id>"), "a fair-dermatology talk is in the feed");
    }

    @Test
    void arrowKeysSelectAResultAndEnterOpensItsTalkPage() {
        open(page("/webinar/", webinar.withSnippet(scriptSnippet(archive, ""))));
        TalkSearchWidget widget = TalkSearchWidget.only(driver());
        widget.type("shortcut");
        widget.awaitTalks();
        List<WebElement> options = widget.options();

        press(Keys.ARROW_DOWN);
        assertSelected(widget, options, 0);
        press(Keys.ARROW_DOWN);
        assertSelected(widget, options, 1);
        press(Keys.ARROW_UP);
        assertSelected(widget, options, 0);
        assertTrue(widget.inputHasFocus(), "focus stays in the search box while the selection moves");

        WebElement target = widget.talkOptions().get(widget.talkIds().indexOf("s04e01"));
        int steps = options.indexOf(target);
        for (int i = 0; i < steps; i++) {
            press(Keys.ARROW_DOWN);
        }
        assertSelected(widget, options, options.indexOf(target));
        press(Keys.ENTER);

        new WebDriverWait(driver(), TalkSearchWidget.PATIENCE)
                .until(d -> d.getCurrentUrl().equals(archive.baseUrl() + "/talks/s04e01"));
        assertTrue(driver().getTitle().contains("Detecting shortcut learning"), driver().getTitle());
    }

    @Test
    void escapeClosesTheListKeepingFocusAndASecondEscapeClearsTheBox() {
        open(page("/webinar/", webinar.withSnippet(scriptSnippet(archive, ""))));
        TalkSearchWidget widget = TalkSearchWidget.only(driver());
        widget.type("annotation");
        widget.awaitTalks();
        press(Keys.ARROW_DOWN);

        press(Keys.ESCAPE);
        assertAll(
                () -> assertFalse(widget.popup().isDisplayed()),
                () -> assertFalse(widget.expanded()),
                () -> assertEquals(null, widget.activeDescendant()),
                () -> assertTrue(widget.inputHasFocus()),
                () -> assertEquals("annotation", widget.input().getDomProperty("value")));

        press(Keys.ARROW_DOWN);
        assertTrue(widget.popup().isDisplayed(), "arrow down reopens the list");
        assertSelected(widget, widget.options(), 0);

        press(Keys.ESCAPE);
        press(Keys.ESCAPE);
        assertAll(
                () -> assertEquals("", widget.input().getDomProperty("value")),
                () -> assertTrue(widget.inputHasFocus()));
    }

    @Test
    void choosingASuggestionSearchesForItAndKeepsFocus() {
        open(page("/webinar/", webinar.withSnippet(scriptSnippet(archive, ""))));
        TalkSearchWidget widget = TalkSearchWidget.only(driver());
        widget.type("segmen");
        widget.awaitTalks();
        List<WebElement> suggestions = widget.host().getShadowRoot()
                .findElements(By.cssSelector("[role=group][aria-label=Suggestions] [role=option]"));
        assertFalse(suggestions.isEmpty(), "the archive suggests completions for 'segmen'");
        String suggestion = suggestions.get(0).getDomAttribute("data-q");

        press(Keys.ARROW_DOWN);
        press(Keys.ENTER);

        new WebDriverWait(driver(), TalkSearchWidget.PATIENCE).until(d -> suggestion.equals(
                widget.input().getDomProperty("value")) && !widget.talkOptions().isEmpty()
                && archive.apiTalkIds(Map.of("q", suggestion, "size", "5")).equals(widget.talkIds()));
        assertTrue(widget.inputHasFocus());
    }

    @Test
    void hostPageStylesAndLayoutAreTheSameWithAndWithoutTheWidget() {
        open(page("/plain/", webinar.html()));
        Map<String, Object> without = hostStyles();

        open(page("/webinar/", webinar.withSnippet(scriptSnippet(archive, ""))));
        TalkSearchWidget widget = TalkSearchWidget.only(driver());
        Map<String, Object> withWidget = hostStyles();
        Rectangle nextWebinar = driver().findElement(By.xpath("//h4[starts-with(., 'Next webinar')]")).getRect();
        widget.type("fairness");
        widget.awaitTalks();
        Map<String, Object> withOpenList = hostStyles();

        assertEquals(without, withWidget, "the widget's styles do not leak into the page");
        assertEquals(without, withOpenList, "nor while its result list is open");
        assertEquals(nextWebinar, driver().findElement(By.xpath("//h4[starts-with(., 'Next webinar')]")).getRect(),
                "the open list floats over the page instead of pushing it down");
    }

    @Test
    void twoWidgetsOnOnePageSearchIndependently() {
        String first = scriptSnippet(archive, "?topic=fairness&placeholder=Fairness+talks");
        String second = scriptSnippet(archive, "?season=9&limit=3&placeholder=Season+9");
        open(page("/two/", webinar.withSnippet(first + "\n<p>Or search the latest season:</p>\n" + second)));
        List<TalkSearchWidget> widgets = TalkSearchWidget.onPage(driver());
        assertEquals(2, widgets.size());
        TalkSearchWidget fairness = widgets.get(0);
        TalkSearchWidget season9 = widgets.get(1);

        fairness.type("data");
        fairness.awaitTalks();
        List<String> fairnessIds = fairness.talkIds();
        assertEquals(archive.apiTalkIds(Map.of("q", "data", "topic", "fairness", "size", "5")), fairnessIds);
        assertTrue(season9.options().isEmpty(), "typing in one widget leaves the other alone");
        assertFalse(season9.expanded());

        season9.type("data");
        season9.awaitTalks();
        List<String> seasonIds = season9.talkIds();
        assertEquals(archive.apiTalkIds(Map.of("q", "data", "season", "9", "size", "3")), seasonIds);
        assertNotEquals(fairnessIds, seasonIds, "the two filters give different lists, so the test can tell them apart");
        assertEquals(fairnessIds, fairness.talkIds(), "the first widget's results are untouched");
        assertEquals("data", fairness.input().getDomProperty("value"));
        assertFalse(fairness.expanded(), "only the focused widget shows its list");
    }

    @Test
    void whenTheArchiveIsDownTheWidgetSaysSoAndThePageStaysIntact() {
        try (ArchiveServer doomed = ArchiveServer.start(TestIndexes.realCorpus())) {
            open(page("/down/", webinar.withSnippet(scriptSnippet(doomed, ""))));
            TalkSearchWidget widget = TalkSearchWidget.only(driver());
            widget.type("fairness");
            widget.awaitTalks();
            Rectangle box = widget.host().getRect();

            doomed.close();
            widget.clearAndType("calibration");
            String message = widget.awaitMessage();

            assertAll(
                    () -> assertEquals("Search is unavailable right now. Please try again later.", message),
                    () -> assertTrue(widget.talkOptions().isEmpty(), "the old results are gone"),
                    () -> assertEquals(message, widget.liveRegion(), "screen readers hear it too"),
                    () -> assertEquals(box, widget.host().getRect(), "the widget keeps its place and size"),
                    () -> assertTrue(driver().findElement(By.cssSelector("h1.post-title")).isDisplayed()),
                    () -> assertTrue(driver().findElement(By.xpath("//h4[starts-with(., 'Previous talks')]"))
                            .isDisplayed()));
        }
        // The browser itself reports the refused connections; the widget's script must add nothing to that.
        List<LogEntry> fromScripts = chromium.severeConsoleEntries().stream()
                .filter(e -> !e.getMessage().contains("net::ERR_CONNECTION_REFUSED"))
                .toList();
        assertTrue(fromScripts.isEmpty(), "console errors besides the refused connection: " + fromScripts);
    }

    @Test
    void anOfflineVisitorIsToldSoWithoutARequest() {
        open(page("/webinar/", webinar.withSnippet(scriptSnippet(archive, ""))));
        TalkSearchWidget widget = TalkSearchWidget.only(driver());
        ChromeDriver driver = chromium.driver();
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", true, "latency", 0,
                "downloadThroughput", -1, "uploadThroughput", -1));
        try {
            widget.type("fairness");
            assertEquals("You are offline. Search needs a connection.", widget.awaitMessage());
            assertFalse(widget.expanded(), "there is no list to expand, only the message");
        } finally {
            driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", false, "latency", 0,
                    "downloadThroughput", -1, "uploadThroughput", -1));
            driver.executeCdpCommand("Network.disable", Map.of());
        }
    }

    @Test
    void iframeVariantFromEmbedFrameSearchesAndOpensTalksInTheWholeWindow() {
        Document embed = Jsoup.parse(archive.get("/embed?topic=fairness&limit=4"));
        String frameSnippet = embed.select("#frame-h ~ pre.snippet code").first().wholeText();
        assertTrue(frameSnippet.contains(archive.baseUrl() + "/embed/frame?topic=fairness&amp;limit=4"), frameSnippet);
        open(page("/framed/", webinar.withSnippet(frameSnippet)));

        WebElement frame = driver().findElement(By.cssSelector("iframe[src*='/embed/frame']"));
        driver().switchTo().frame(frame);
        TalkSearchWidget widget = TalkSearchWidget.only(driver());
        widget.type("skin");
        List<WebElement> talks = widget.awaitTalks();
        assertEquals(archive.apiTalkIds(Map.of("q", "skin", "topic", "fairness", "size", "4")), widget.talkIds());
        String href = talks.get(0).getDomAttribute("href");
        talks.get(0).click();
        driver().switchTo().defaultContent();

        new WebDriverWait(driver(), TalkSearchWidget.PATIENCE).until(d -> d.getCurrentUrl().equals(href));
    }

    @Test
    void withoutJavaScriptTheFallbackFormSearchesTheArchive() {
        ChromeDriver driver = chromium.driver();
        driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        try {
            open(page("/nojs/", webinar.withSnippet(scriptSnippet(archive, "?topic=fairness")))); 
            WebElement box = driver.findElement(By.cssSelector("talk-search form input[name=q]"));
            assertTrue(box.isDisplayed(), "the fallback form shows when scripts do not run");
            box.sendKeys("skin", Keys.ENTER);
            new WebDriverWait(driver, TalkSearchWidget.PATIENCE).until(
                    d -> d.getCurrentUrl().equals(archive.baseUrl() + "/search?q=skin&topic=fairness"));
        } finally {
            driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        }
    }

    @Test
    void lightAndDarkColoursFollowTheVisitorsSchemeAndAreSavedAsScreenshots() {
        String url = page("/webinar/", webinar.withSnippet(scriptSnippet(archive, "?placeholder=Search+past+talks")));
        try {
            chromium.colorScheme("light");
            Map<String, Object> light = showResults(url, "shortcut");
            chromium.screenshot(screenshots().resolve("widget-light.png"));

            chromium.colorScheme("dark");
            Map<String, Object> dark = showResults(url, "shortcut");
            chromium.screenshot(screenshots().resolve("widget-dark.png"));

            assertEquals("rgb(255, 255, 255)", light.get("inputBackground"));
            assertEquals("rgb(28, 33, 40)", dark.get("inputBackground"));
            assertEquals("rgb(28, 28, 29)", dark.get("pageBackground"), "the host page is in its dark mode too");
            assertNotEquals(light.get("titleColour"), dark.get("titleColour"));
        } finally {
            chromium.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
        }
    }

    private Map<String, Object> showResults(String url, String query) {
        open(url);
        TalkSearchWidget widget = TalkSearchWidget.only(driver());
        widget.type(query);
        widget.awaitTalks();
        press(Keys.ARROW_DOWN);
        @SuppressWarnings("unchecked")
        Map<String, Object> colours = (Map<String, Object>) js().executeScript("""
                const root = arguments[0].shadowRoot;
                return {
                  inputBackground: getComputedStyle(root.querySelector('input')).backgroundColor,
                  titleColour: getComputedStyle(root.querySelector('.t')).color,
                  pageBackground: getComputedStyle(document.body).backgroundColor
                };""", widget.host());
        return colours;
    }

    /**
     * A key press to whatever has focus, as a person types it. WebElement.sendKeys would first move focus to the
     * input, which chromedriver does by blurring the shadow host: the widget would see the visitor leave and return.
     */
    private static void press(Keys key) {
        new Actions(driver()).sendKeys(key).perform();
    }

    private static void assertSelected(TalkSearchWidget widget, List<WebElement> options, int index) {
        WebElement expected = options.get(index);
        assertEquals(expected.getDomAttribute("id"), widget.activeDescendant());
        for (int i = 0; i < options.size(); i++) {
            assertEquals(String.valueOf(i == index), options.get(i).getDomAttribute("aria-selected"),
                    "aria-selected of option " + i);
        }
    }

    /** Computed styles of the host page's own elements that a leaking stylesheet would change. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> hostStyles() {
        return (Map<String, Object>) js().executeScript("""
                const pick = {body: 'body', title: 'h1.post-title', h1: 'article h1', h3: 'article h3',
                  h4: 'article h4', link: 'article a', paragraph: 'article p', list: 'article ul',
                  item: 'article li', navbar: '.navbar', container: '.container'};
                const props = ['fontFamily', 'fontSize', 'fontWeight', 'lineHeight', 'color', 'backgroundColor',
                  'marginTop', 'marginRight', 'marginBottom', 'marginLeft', 'paddingTop', 'paddingLeft',
                  'textDecorationLine', 'boxSizing', 'letterSpacing'];
                const out = {};
                for (const [name, selector] of Object.entries(pick)) {
                  const style = getComputedStyle(document.querySelector(selector));
                  out[name] = props.map(p => p + ': ' + style[p]).join('; ');
                }
                return out;""");
    }

    /** The script-and-element snippet the archive's /embed page gives for these options. */
    private static String scriptSnippet(ArchiveServer server, String embedQuery) {
        Document embed = Jsoup.parse(server.get("/embed" + embedQuery));
        return embed.select("pre#snippet code").first().wholeText();
    }

    private static String page(String path, String html) {
        return site.put(path, html);
    }

    private static void open(String url) {
        driver().get(url);
    }

    private static WebDriver driver() {
        return chromium.driver();
    }

    private static JavascriptExecutor js() {
        return chromium.driver();
    }

    /** target/screenshots (or the -Dbuild.dir equivalent): the folder above test-classes. */
    private static Path screenshots() {
        try {
            Path testClasses = Path.of(WidgetOnHostPageTest.class.getProtectionDomain().getCodeSource().getLocation()
                    .toURI());
            return testClasses.getParent().resolve("screenshots");
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
