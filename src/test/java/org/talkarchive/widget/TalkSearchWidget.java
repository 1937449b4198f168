package org.talkarchive.widget;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** One {@code <talk-search>} on a page, seen through its shadow root the way a visitor uses it. */
final class TalkSearchWidget {

    static final Duration PATIENCE = Duration.ofSeconds(20);

    private final WebDriver driver;
    private final WebElement host;

    private TalkSearchWidget(WebDriver driver, WebElement host) {
        this.driver = driver;
        this.host = host;
    }

    /** Every widget on the current page, in document order, once the script has defined the element. */
    static List<TalkSearchWidget> onPage(WebDriver driver) {
        new WebDriverWait(driver, PATIENCE).until(d -> ((JavascriptExecutor) d)
                .executeScript("return !!customElements.get('talk-search') && "
                        + "[...document.querySelectorAll('talk-search')].every(e => e.shadowRoot)"));
        return driver.findElements(By.tagName("talk-search")).stream().map(e -> new TalkSearchWidget(driver, e))
                .toList();
    }

    static TalkSearchWidget only(WebDriver driver) {
        List<TalkSearchWidget> all = onPage(driver);
        if (all.size() != 1) {
            throw new IllegalStateException("expected one widget, found " + all.size());
        }
        return all.get(0);
    }

    WebElement host() {
        return host;
    }

    private SearchContext shadow() {
        return host.getShadowRoot();
    }

    WebElement input() {
        return shadow().findElement(By.cssSelector("input"));
    }

    WebElement popup() {
        return shadow().findElement(By.cssSelector(".pop"));
    }

    void type(String text) {
        input().sendKeys(text);
    }

    void clearAndType(String text) {
        input().clear();
        input().sendKeys(text);
    }

    /** Waits until the list shows talks for the text now in the box, and returns them. */
    List<WebElement> awaitTalks() {
        new WebDriverWait(driver, PATIENCE).until(d -> settled() && !talkOptions().isEmpty()
                && popup().isDisplayed());
        return talkOptions();
    }

    /** Waits until the widget shows a message (no results, or an error) and returns its text. */
    String awaitMessage() {
        new WebDriverWait(driver, PATIENCE).until(d -> !message().isEmpty() && popup().isDisplayed()
                && shadow().findElement(By.cssSelector("[role=listbox]")).getDomAttribute("aria-busy") == null);
        return message();
    }

    /** True when the list answers the text now in the box: no search pending or running. */
    boolean settled() {
        WebElement list = shadow().findElement(By.cssSelector("[role=listbox]"));
        return list.getDomAttribute("aria-busy") == null
                && input().getDomProperty("value").strip().equals(list.getDomAttribute("data-query"));
    }

    String message() {
        return shadow().findElement(By.cssSelector(".msg")).getText().strip();
    }

    /** Options that open a talk page (not transcript lines, suggestions or the "all results" link). */
    List<WebElement> talkOptions() {
        return shadow().findElements(By.cssSelector("[role=group][aria-label=Talks] a[role=option]:not(.p)"));
    }

    List<WebElement> options() {
        return shadow().findElements(By.cssSelector("[role=option]"));
    }

    /** The talk ids the list links to, in order, read from the links' addresses. */
    List<String> talkIds() {
        return talkOptions().stream().map(o -> o.getDomAttribute("href").replaceAll("^.*/talks/", "")).toList();
    }

    String liveRegion() {
        return (String) ((JavascriptExecutor) driver).executeScript(
                "return arguments[0].shadowRoot.querySelector('[role=status]').textContent", host);
    }

    boolean expanded() {
        return "true".equals(input().getDomAttribute("aria-expanded"));
    }

    String activeDescendant() {
        return input().getDomAttribute("aria-activedescendant");
    }

    /** True when keyboard focus is in this widget's search box. */
    boolean inputHasFocus() {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "return document.activeElement === arguments[0] && "
                        + "arguments[0].shadowRoot.activeElement === arguments[0].shadowRoot.querySelector('input')",
                host));
    }
}
