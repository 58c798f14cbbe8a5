package org.newsgraph.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The harness itself: the browser reaches our server and reads the query page. */
class BrowserHarnessTest extends BrowserTest {

    @Test
    void queryPageLoadsInTheBrowser() {
        open("/");
        String body = waitFor(By.tagName("body")).getText();
        assertTrue(body.contains("newsgraph"), "the query page names the project: " + body);
        assertNoHorizontalPageScroll();
    }
}
