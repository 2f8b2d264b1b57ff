package org.litfacets.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's Chromium driven by Playwright, as every browser test starts it (see ../shared/STACK.md):
 * no browser download, headless, no network of its own. A test class is skipped with a message when
 * Chromium is not installed.
 */
final class Chromium implements AutoCloseable {
  private static final Path EXECUTABLE = Paths.get("/usr/bin/chromium");

  /** Where tests leave screenshots of what they saw, for a person to look at. */
  static final Path SCREENSHOTS = Paths.get("target", "screenshots");

  private final Playwright playwright;
  private final Browser browser;

  private Chromium(Playwright playwright, Browser browser) {
    this.playwright = playwright;
    this.browser = browser;
  }

  /** Skips the calling test class (a JUnit assumption) when Debian's chromium is absent. */
  static void assumeInstalled() {
    Assumptions.assumeTrue(
        Files.isExecutable(EXECUTABLE),
        "Debian's chromium is not installed (apt-get install -y chromium); skipping the browser test");
  }

  static Chromium launch() throws IOException {
    assumeInstalled();
    Playwright playwright =
        Playwright.create(
            new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    Browser browser =
        playwright
            .chromium()
            .launch(
                new BrowserType.LaunchOptions()
                    .setExecutablePath(EXECUTABLE)
                    .setHeadless(true)
                    .setArgs(
                        List.of(
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--disable-sync",
                            "--no-first-run",
                            "--disable-quic")));
    Files.createDirectories(SCREENSHOTS);
    return new Chromium(playwright, browser);
  }

  Browser browser() {
    return browser;
  }

  @Override
  public void close() {
    browser.close();
    playwright.close();
  }
}
