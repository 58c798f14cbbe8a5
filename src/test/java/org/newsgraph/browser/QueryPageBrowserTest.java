package org.newsgraph.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The query page in a real browser, on the corpus fixture: a catalogue query run, a column
 * sorted and filtered, labels with the full IRI on hover, the permalink with Back and Forward,
 * any query's permalink opened afresh, CONSTRUCT results as triples and raw, prefix
 * completion, the history, and the page at 1280 px and 390 px without sideways scrolling.
 */
class QueryPageBrowserTest extends BrowserTest {

    static final Path SHOTS = Path.of("target", "screenshots");

    static void runCatalogueQuery(String name) {
        waitFor(By.xpath("//nav[@id='catalogue']//button[.//span[@class='name' and text()='" + name + "']]")).click();
        waitForUrl("?query=" + name);
        waitForResults();
    }

    /** Waits until the status says how many rows (or triples) came back. */
    static void waitForResults() {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> {
            String s = d.findElement(By.id("status")).getText();
            return s.matches("\\d+ (rows?|triples?) .*in \\d+ ms");
        });
    }

    static List<String> column(int index) {
        List<String> out = new ArrayList<>();
        for (WebElement row : browser.findElements(By.cssSelector("#results table.results tbody tr"))) {
            out.add(row.findElements(By.tagName("td")).get(index).getText());
        }
        return out;
    }

    static int columnIndex(String variable) {
        List<WebElement> headers = browser.findElements(By.cssSelector("#results table.results thead th"));
        for (int i = 0; i < headers.size(); i++) {
            if (headers.get(i).getText().startsWith(variable)) {
                return i;
            }
        }
        throw new AssertionError("no column " + variable);
    }

    static String editorText() {
        return (String) script("return document.querySelector('.CodeMirror').CodeMirror.getValue();");
    }

    @Test
    void runSortFilterPermalinkAndBack() {
        windowSize(WIDTH, HEIGHT);
        open("/");
        runCatalogueQuery("05-denials");
        assertEquals("Denials and what they deny", waitFor(By.id("query-title")).getText());
        int begin = columnIndex("?begin");
        List<String> asBuilt = column(begin);
        assertTrue(asBuilt.size() >= 3, "the corpus has several denials: " + asBuilt);

        // Sort by the speaker's label: ascending, then descending on a second click.
        int speaker = columnIndex("?speakerLabel");
        WebElement sortSpeaker = browser.findElements(By.cssSelector("#results thead th")).get(speaker)
                .findElement(By.cssSelector("button.sort"));
        sortSpeaker.click();
        assertEquals("ascending", browser.findElements(By.cssSelector("#results thead th")).get(speaker)
                .getAttribute("aria-sort"));
        List<String> names = column(speaker);
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(String.CASE_INSENSITIVE_ORDER);
        assertEquals(sorted, names);
        browser.findElements(By.cssSelector("#results thead th")).get(speaker).findElement(By.cssSelector("button.sort")).click();
        List<String> reversed = new ArrayList<>(sorted);
        java.util.Collections.reverse(reversed);
        assertEquals(reversed, column(speaker));

        // A numeric column sorts as numbers.
        browser.findElements(By.cssSelector("#results thead th")).get(begin).findElement(By.cssSelector("button.sort")).click();
        List<Long> offsets = column(begin).stream().map(s -> Long.parseLong(s.split("\\^")[0].strip())).toList();
        assertEquals(offsets.stream().sorted().toList(), offsets);
        try {
            windowSize(WIDTH, 1100);
            screenshot(SHOTS.resolve("query-page.png"));
        } finally {
            windowSize(WIDTH, HEIGHT);
        }

        // Filter a column.
        WebElement filter = browser.findElements(By.cssSelector("#results thead th")).get(speaker)
                .findElement(By.cssSelector("input.filter"));
        filter.sendKeys("grisham");
        List<String> filtered = column(speaker);
        assertFalse(filtered.isEmpty());
        assertTrue(filtered.stream().allMatch(s -> s.contains("Grisham")), filtered.toString());
        assertTrue(browser.findElement(By.cssSelector(".pager .info")).getText().contains("match the filters"));

        // IRIs by label, the full IRI on hover.
        WebElement labelled = waitFor(By.xpath("//table[contains(@class,'results')]//a[contains(@class,'labelled') and text()='Stephanie Grisham']"));
        assertTrue(labelled.getAttribute("title").startsWith("https://w3id.org/newsgraph/id/"), labelled.getAttribute("title"));


        // Another query, then Back and Forward.
        runCatalogueQuery("01-meetings");
        assertEquals("Who met whom, where and when", waitFor(By.id("query-title")).getText());
        browser.navigate().back();
        waitForUrl("?query=05-denials");
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> d.findElement(By.id("query-title")).getText().equals("Denials and what they deny"));
        waitForResults();
        assertTrue(browser.getCurrentUrl().endsWith("/?query=05-denials"), browser.getCurrentUrl());
        browser.navigate().forward();
        waitForUrl("?query=01-meetings");
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> d.findElement(By.id("query-title")).getText().equals("Who met whom, where and when"));
    }

    @Test
    void anyQueryHasAPermalinkThatOpensAfresh() {
        windowSize(WIDTH, HEIGHT);
        open("/");
        waitFor(By.xpath("//nav[@id='catalogue']//button"));
        String query = "PREFIX schema: <https://schema.org/>\nSELECT ?name WHERE { ?p schema:name ?name FILTER(CONTAINS(?name, \"Kislyak\")) }";
        script("document.querySelector('.CodeMirror').CodeMirror.setValue(arguments[0]);", query);
        browser.findElement(By.id("run")).click();
        waitForUrl("?sparql=");
        waitForResults();
        String link = browser.getCurrentUrl();
        assertTrue(column(1).contains("Sergey Kislyak"), column(1).toString());

        open("/");
        browser.get(link);
        waitForResults();
        assertEquals(query, editorText());
        assertTrue(column(1).contains("Sergey Kislyak"));
        // ... and it is in the history.
        browser.findElement(By.id("tab-history")).click();
        assertTrue(waitFor(By.id("history-list")).getText().contains("SELECT ?name"), "the query is in the history");
    }

    @Test
    void constructResultsAreTriplesWithARawView() {
        windowSize(WIDTH, HEIGHT);
        open("/?query=22-quotations-schema-org");
        waitForResults();
        assertTrue(browser.findElement(By.id("status")).getText().contains("triples"));
        assertEquals(List.of("#", "subject", "predicate", "object"), browser.findElements(
                By.cssSelector("#results thead th button.sort, #results thead th.num")).stream().map(WebElement::getText).toList());
        assertTrue(column(2).contains("schema:text"), column(2).toString());
        browser.findElement(By.id("view-raw")).click();
        WebElement raw = waitFor(By.cssSelector("#results pre.graph"));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> raw.getText().contains("schema:Quotation"));
        assertTrue(waitFor(By.cssSelector("#downloads")).getText().contains("Turtle"));
    }

    @Test
    void typingAKnownPrefixDeclaresIt() {
        windowSize(WIDTH, HEIGHT);
        open("/");
        waitFor(By.xpath("//nav[@id='catalogue']//button"));
        script("const cm = document.querySelector('.CodeMirror').CodeMirror;"
                + " cm.setValue('SELECT ?n WHERE { ?p schema'); cm.focus(); cm.setCursor(cm.lineCount(), 0);");
        browser.findElement(By.cssSelector(".CodeMirror textarea")).sendKeys(":name ?n }");
        String text = editorText();
        assertTrue(text.startsWith("PREFIX schema: <https://schema.org/>\n"), text);
        assertTrue(text.endsWith("?p schema:name ?n }"), text);
    }

    @Test
    void theQueryPageFitsLaptopAndPhoneWindows() {
        try {
            for (int width : new int[] {1280, 390}) {
                windowSize(width, 844);
                open("/?query=01-meetings");
                waitForResults();
                assertNoHorizontalPageScroll();
                WebElement wrap = browser.findElement(By.cssSelector("#results .table-wrap"));
                assertTrue(wrap.getRect().getX() + wrap.getRect().getWidth() <= width, "the table's box is in the window");
            }
        } finally {
            windowSize(WIDTH, HEIGHT);
        }
    }
}
