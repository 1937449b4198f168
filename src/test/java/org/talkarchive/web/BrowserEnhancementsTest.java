package org.talkarchive.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What site.js adds, in Debian's headless Chromium: facets apply on click, the video loads on request, suggestions. */
class BrowserEnhancementsTest {

    private static final String BINARY = "/usr/bin/chromium";
    private static final String DRIVER = "/usr/bin/chromedriver";

    @TempDir
    static Path profile;

    private static ChromeDriver browser;
    private static RunningApp app;

    @BeforeAll
    static void start() {
        assertTrue(new File(BINARY).canExecute() && new File(DRIVER).canExecute(),
                "needs Debian's chromium and chromium-driver: apt-get install -y chromium chromium-driver");
        app = RunningApp.get();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1280,900");
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort().build(), options);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    private List<String> consoleErrors() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                // the sandbox has no internet: a blocked youtube-nocookie frame is expected, not our fault
                .filter(e -> !e.getMessage().contains("youtube-nocookie"))
                .map(e -> e.getMessage()).toList();
    }

    @Test
    void tickingAFacetRunsTheNarrowedSearchAtOnceAndKeepsFocusOnTheBox() {
        browser.get(app.base + "/search?q=dataset");
        browser.findElement(By.cssSelector("#facet-topic input[value=dermatology]")).click();
        waiting().until(d -> d.getCurrentUrl().contains("topic=dermatology"));
        assertEquals(1, browser.findElements(By.cssSelector(".chips a.chip")).size());
        assertFalse(browser.findElement(By.cssSelector(".apply-filters")).isDisplayed(), "no apply button needed");
        assertFocusOn("topic", "dermatology");

        browser.switchTo().activeElement().sendKeys(Keys.SPACE);
        waiting().until(d -> !d.getCurrentUrl().contains("topic=dermatology"));
        assertEquals(0, browser.findElements(By.cssSelector(".chips a.chip")).size());
        assertFocusOn("topic", "dermatology");
        assertEquals(List.of(), consoleErrors());
    }

    private void assertFocusOn(String name, String value) {
        WebElement focused = waiting().until(d -> {
            WebElement active = d.switchTo().activeElement();
            return name.equals(active.getDomAttribute("name")) ? active : null;
        });
        assertEquals("checkbox", focused.getDomAttribute("type"));
        assertEquals(value, focused.getDomAttribute("value"));
    }

    @Test
    void modeAndSortChangesWaitForTheSearchButton() {
        browser.get(app.base + "/search?q=dataset");
        // Counts submissions without leaving the page: a change that submits is seen synchronously.
        browser.executeScript("window.submits = 0; document.addEventListener('submit', "
                + "function (e) { window.submits++; e.preventDefault(); }, true);");
        WebElement hybrid = browser.findElement(By.cssSelector("input[name=mode][value=hybrid]"));
        hybrid.click();
        hybrid.sendKeys(Keys.ARROW_DOWN);
        browser.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
        assertTrue(browser.findElement(By.cssSelector("input[name=mode][value=semantic]")).isSelected(),
                "arrowing moved through the modes");
        new Select(browser.findElement(By.id("sort"))).selectByValue("date");
        assertEquals(0L, browser.executeScript("return window.submits;"), "no change submitted the form");

        browser.findElement(By.cssSelector("#search button[type=submit]")).click();
        assertEquals(1L, browser.executeScript("return window.submits;"), "the Search button submits");
        assertEquals(List.of(), consoleErrors());
    }

    @Test
    void videoLoadsFromYoutubeNocookieOnlyWhenAskedFor() {
        browser.get(app.base + "/talks/s01e01");
        assertTrue(browser.findElements(By.tagName("iframe")).isEmpty());
        browser.findElement(By.cssSelector("[data-play]")).click();
        WebElement frame = waiting().until(d -> d.findElement(By.cssSelector(".video-frame iframe")));
        assertTrue(frame.getDomAttribute("src").startsWith("https://www.youtube-nocookie.com/embed/"),
                frame.getDomAttribute("src"));
        assertEquals(List.of(), consoleErrors());
    }

    @Test
    void typingOffersSuggestions() {
        browser.get(app.base + "/");
        browser.findElement(By.id("home-q")).sendKeys("derm");
        waiting().until(d -> !d.findElements(By.cssSelector("#suggestions option")).isEmpty());
        assertEquals("Dermatology",
                browser.findElement(By.cssSelector("#suggestions option")).getDomProperty("value"));
    }

    @Test
    void keyboardReachesTheSkipLinkFirstWithAVisibleFocus() {
        browser.get(app.base + "/search?q=fairness");
        browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement focused = browser.switchTo().activeElement();
        assertEquals("skip-link", focused.getDomAttribute("class"));
        assertEquals("solid", focused.getCssValue("outline-style"));
        assertNotEquals("0px", focused.getCssValue("outline-width"));
    }

    @Test
    void darkColourSchemeIsFollowed() {
        browser.get(app.base + "/");
        String light = browser.findElement(By.tagName("body")).getCssValue("background-color");
        browser.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
        String dark = browser.findElement(By.tagName("body")).getCssValue("background-color");
        browser.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "light"))));
        assertEquals("rgba(255, 255, 255, 1)", light);
        assertEquals("rgba(15, 21, 33, 1)", dark);
    }
}
