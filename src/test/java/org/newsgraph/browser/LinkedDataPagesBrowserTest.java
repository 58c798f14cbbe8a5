package org.newsgraph.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The linked-data pages in a real browser, on the corpus fixture: the walk from the query page
 * to an article, to a person in it and back; a result IRI followed to its page; the article
 * view's highlighting; the timeline's order and spans; pages that fit a laptop and a phone.
 * Screenshots go to {@code target/screenshots/} (the README's are copies).
 */
class LinkedDataPagesBrowserTest extends BrowserTest {

    static final String ARTICLE = "cnn-2019-09-09-russia-extraction";
    static final String KISLYAK = "/id/entity/corpus/kislyak";
    static final Path SHOTS = Path.of("target", "screenshots");

    @Test
    void fromTheQueryPageToTheArticleToKislyakAndBack() {
        windowSize(WIDTH, HEIGHT);
        open("/");
        waitFor(By.linkText("Articles")).click();
        waitFor(By.partialLinkText("US extracted top spy from inside Russia")).click();
        waitForUrl("/articles/" + ARTICLE);
        String articleUrl = browser.getCurrentUrl();
        WebElement kislyak = waitFor(By.cssSelector("a.m[href='" + KISLYAK + "']"));
        assertTrue(kislyak.getText().contains("Kislyak"), kislyak.getText());
        kislyak.click();
        waitForUrl(KISLYAK);
        assertEquals("Sergey Kislyak", waitFor(By.tagName("h1")).getText());
        WebElement meeting = waitFor(By.xpath("//li[contains(@class,'part')][.//a[contains(.,'Oval Office (May 2017)')]]"));
        String part = meeting.getText();
        assertTrue(part.contains("participant"), part);
        assertTrue(part.contains("Russian Ambassador to the US"), part);
        assertTrue(part.contains("May 2017"), part);
        List<WebElement> sentences = browser.findElements(By.cssSelector(".mentions blockquote"));
        assertTrue(sentences.stream().anyMatch(s -> s.getText().contains(
                "a May 2017 meeting in the Oval Office in which Trump discussed highly classified intelligence with "
                        + "Russian Foreign Minister Sergey Lavrov and then-Russian Ambassador to the US Sergey Kislyak.")),
                "the sentence that says it");
        assertEquals("Sergey Kislyak", browser.findElement(By.cssSelector(".mentions blockquote mark")).getText());
        screenshot(SHOTS.resolve("entity.png"));
        browser.navigate().back();
        waitForUrl("/articles/" + ARTICLE);
        assertEquals(articleUrl, browser.getCurrentUrl());
        waitFor(By.cssSelector("a.m[href='" + KISLYAK + "']"));
    }

    @Test
    void aResultIriLeadsToItsPage() {
        windowSize(WIDTH, HEIGHT);
        open("/");
        // selecting a catalogue query runs it
        waitFor(By.xpath("//nav[@id='catalogue']//button[.//span[@class='name' and text()='01-meetings']]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d.findElements(
                By.xpath("//*[@id='results']//a[contains(@class,'iri-page')][starts-with(@href,'id/')]")).isEmpty());
        WebElement page = browser.findElement(
                By.xpath("//*[@id='results']//a[contains(@class,'iri-page')][starts-with(@href,'id/')]"));
        String href = page.getAttribute("href");
        page.click();
        waitForUrl(href.substring(href.indexOf("/id/")));
        assertFalse(waitFor(By.tagName("h1")).getText().isBlank());
        assertTrue(browser.findElement(By.cssSelector("p.iri")).getText().startsWith("https://w3id.org/newsgraph/id/"));
    }

    @Test
    void articleViewHighlightsAndLinksEverySpan() {
        windowSize(WIDTH, HEIGHT);
        open("/articles/" + ARTICLE);
        WebElement entity = waitFor(By.cssSelector("a.m.k-entity[href='" + KISLYAK + "']"));
        String background = entity.getCssValue("background-color");
        assertNotEquals("rgba(0, 0, 0, 0)", background, "an entity span is highlighted");
        WebElement event = browser.findElement(By.cssSelector("a.m.k-event"));
        assertNotEquals(background, event.getCssValue("background-color"), "events have their own colour");
        WebElement anonymous = browser.findElement(By.cssSelector("a.m.k-anonymous.anon-start"));
        assertTrue(anonymous.getAttribute("title").contains("anonymous source"), anonymous.getAttribute("title"));
        assertTrue(browser.findElements(By.cssSelector("ul.legend li")).size() >= 8, "a legend");
        String denied = waitFor(By.cssSelector("aside.said .denials")).getText();
        assertTrue(denied.contains("Brittany Bramell") && denied.contains("denied"), denied);
        assertTrue(browser.findElement(By.cssSelector("aside.said")).getText().contains("ANONYMOUS"),
                "anonymous speakers are marked in the side panel");
        screenshot(SHOTS.resolve("article.png"));
    }

    @Test
    void timelineShowsTheTwo2017MeetingsInOrderAndDatesAsTheirSpans() {
        windowSize(WIDTH, HEIGHT);
        for (String path : List.of("/timeline", "/timeline?article=" + ARTICLE)) {
            open(path);
            List<WebElement> rows = waitFor(By.cssSelector("ol.timeline")).findElements(By.cssSelector("li.ev"));
            List<String> events = rows.stream().map(r -> r.getAttribute("data-event")).toList();
            int may = events.indexOf("https://w3id.org/newsgraph/id/event/" + ARTICLE + "/may-meeting");
            int july = events.indexOf("https://w3id.org/newsgraph/id/event/" + ARTICLE + "/g20-meeting");
            assertTrue(may >= 0 && july >= 0, path + ": both meetings are there");
            assertTrue(may < july, path + ": May 2017 comes before July 2017");
            WebElement mayRow = rows.get(may);
            assertEquals("2017-05-01 to 2017-05-31", mayRow.findElement(By.cssSelector("svg.track")).getAttribute("aria-label"),
                    "a month-precision date is drawn as the month");
            assertTrue(mayRow.findElement(By.cssSelector(".ev-label a")).getAttribute("href")
                    .endsWith("/id/event/" + ARTICLE + "/may-meeting"), "the event links to its page");
        }
        List<WebElement> early = browser.findElements(By.xpath("//li[contains(@class,'ev')][.//span[@class='when' and text()='early 2017']]"));
        assertFalse(early.isEmpty(), "an event dated \"early 2017\"");
        assertEquals("2017-01-01 to 2017-04-30", early.get(0).findElement(By.cssSelector("svg.track")).getAttribute("aria-label"));
        assertFalse(browser.findElements(By.cssSelector("p.order .rel")).isEmpty(), "stated orders are shown");
        screenshot(SHOTS.resolve("timeline.png"));
    }

    @ParameterizedTest(name = "{0} fits 1280 px and 390 px")
    @ValueSource(strings = {"/", "/articles", "/articles/" + ARTICLE, KISLYAK, "/timeline", "/ontology",
        "/id/article/" + ARTICLE})
    void pagesFitLaptopAndPhoneWindows(String path) {
        try {
            for (int width : new int[] {1280, 390}) {
                windowSize(width, 844);
                open(path);
                waitFor(By.tagName("h1"));
                assertNoHorizontalPageScroll();
            }
        } finally {
            windowSize(WIDTH, HEIGHT);
        }
    }
}
