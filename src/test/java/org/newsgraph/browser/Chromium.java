package org.newsgraph.browser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless chromium, driven by Debian's chromedriver (no download, no network).
 * A test that needs a browser calls {@link #assumeAvailable()} first: without chromium the
 * test is skipped with a message, unless the system property {@value #REQUIRED_PROPERTY} or
 * the environment variable {@value #REQUIRED_ENV} is {@code true} (CI sets it), in which case
 * a missing browser is a failure.
 */
public final class Chromium {
    private Chromium() {
    }

    /** The browser binary (Debian package {@code chromium}). */
    public static final Path BROWSER = Path.of(System.getProperty("newsgraph.chromium", "/usr/bin/chromium"));
    /** The driver binary (Debian package {@code chromium-driver}). */
    public static final Path DRIVER = Path.of(System.getProperty("newsgraph.chromedriver", "/usr/bin/chromedriver"));

    /** System property that makes a missing browser a test failure. */
    public static final String REQUIRED_PROPERTY = "newsgraph.browser.required";
    /** Environment variable that makes a missing browser a test failure ({@code .ci/run} sets it). */
    public static final String REQUIRED_ENV = "NEWSGRAPH_BROWSER_REQUIRED";

    /** True when both binaries are present and executable. */
    public static boolean available() {
        return Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
    }

    /** True when a missing browser must fail the tests (CI). */
    public static boolean required() {
        return Boolean.parseBoolean(System.getProperty(REQUIRED_PROPERTY, "false"))
                || "true".equalsIgnoreCase(System.getenv(REQUIRED_ENV)) || "1".equals(System.getenv(REQUIRED_ENV));
    }

    /** Skips the calling test when chromium is absent; fails it instead when {@link #required()}. */
    public static void assumeAvailable() {
        if (available()) {
            return;
        }
        String why = "browser tests need " + BROWSER + " and " + DRIVER
                + " (Debian: apt-get install chromium chromium-driver)";
        if (required()) {
            Assertions.fail(why + "; they are required here (" + REQUIRED_ENV + "/-D" + REQUIRED_PROPERTY + ")");
        }
        Assumptions.abort(why + "; skipped");
    }

    /**
     * Starts a headless chromium with a fresh profile in {@code profile} and a window of the
     * given size. The caller quits it ({@link WebDriver#quit()}).
     */
    public static WebDriver start(Path profile, int width, int height) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--hide-scrollbars", "--force-device-scale-factor=1",
                "--lang=en-GB", "--user-data-dir=" + profile.toAbsolutePath(),
                "--window-size=" + width + "," + height);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER.toString()))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        driver.manage().window().setSize(new Dimension(width, height));
        return driver;
    }
}
