package org.newsgraph.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Base class of the tests that run in a real browser: before the class's tests, our server
 * over the {@code corpus} fixture ({@link #site}) and one headless chromium ({@link #browser},
 * 1280 x 900); after them, both are stopped. Without chromium the tests are skipped, or fail
 * in CI ({@link Chromium#assumeAvailable()}).
 *
 * <pre>
 * class MyPageTest extends BrowserTest {
 *     &#64;Test void title() {
 *         open("/");
 *         assertEquals("newsgraph", browser.getTitle());
 *     }
 * }
 * </pre>
 */
public abstract class BrowserTest {

    /** The default window: a laptop screen. */
    public static final int WIDTH = 1280;
    public static final int HEIGHT = 900;

    /** The server (corpus fixture). */
    protected static ServedFixture site;
    /** The browser. */
    protected static WebDriver browser;
    private static Path profile;

    @BeforeAll
    static void startServerAndBrowser() throws IOException {
        Chromium.assumeAvailable();
        site = ServedFixture.start("corpus");
        profile = Files.createTempDirectory("newsgraph-chromium-");
        try {
            browser = Chromium.start(profile, WIDTH, HEIGHT);
        } catch (RuntimeException e) {
            site.close();
            site = null;
            throw e;
        }
    }

    @AfterAll
    static void stopServerAndBrowser() {
        try {
            if (browser != null) {
                browser.quit();
            }
        } finally {
            browser = null;
            if (site != null) {
                site.close();
                site = null;
            }
            deleteProfile();
        }
    }

    private static void deleteProfile() {
        if (profile == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
        profile = null;
    }

    /** Opens a path of the server ({@code "/"}, {@code "/timeline"}) and waits for the page to load. */
    protected static void open(String path) {
        browser.get(site.url(path));
    }

    /** Waits (at most 10 s) until an element is visible, and returns it. */
    protected static WebElement waitFor(By by) {
        return new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Waits (at most 10 s) until the URL contains {@code part}. */
    protected static void waitForUrl(String part) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains(part));
    }

    /** Resizes the window (the viewport is a little smaller in a headful browser; headless, equal). */
    protected static void windowSize(int width, int height) {
        browser.manage().window().setSize(new Dimension(width, height));
    }

    /** Runs JavaScript in the page and returns its value. */
    protected static Object script(String js, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(js, args);
    }

    /**
     * Asserts that the current page does not scroll sideways at the current window width: the
     * document is no wider than the viewport (elements that scroll inside themselves, such as
     * a wide table in an {@code overflow: auto} box, are allowed).
     */
    protected static void assertNoHorizontalPageScroll() {
        Number scroll = (Number) script("return document.documentElement.scrollWidth;");
        Number view = (Number) script("return document.documentElement.clientWidth;");
        assertTrue(scroll.intValue() <= view.intValue(),
                browser.getCurrentUrl() + " scrolls sideways: the page is " + scroll + " px wide in a "
                        + view + " px window");
    }

    /** Saves a PNG screenshot of the window to {@code file} (folders created). */
    protected static void screenshot(Path file) {
        Path tmp = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.copy(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            tmp.toFile().delete();
        }
    }
}
