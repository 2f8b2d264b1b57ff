package org.litfacets.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.ScreenshotScale;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every page at a phone's width (390 px, in Debian's Chromium): nothing wider than the screen, the
 * search button in view, and on result pages the results before the filters, which wait in a closed
 * panel.
 */
class SmallScreenIT {
  private static final int WIDTH = 390;
  private static final Path SCREENSHOTS = Chromium.SCREENSHOTS;

  @RegisterExtension static final DemoInChromium DEMO = new DemoInChromium();

  private static BrowserContext phone;

  @BeforeAll
  static void openPhone() {
    phone =
        DEMO.browser()
            .newContext(
                new Browser.NewContextOptions()
                    .setViewportSize(WIDTH, 844)
                    .setDeviceScaleFactor(2)
                    .setIsMobile(true)
                    .setHasTouch(true));
  }

  @Test
  void everyPageFitsAPhone() {
    List<String> pages =
        List.of(
            "/",
            "/search?q=trial+OR+meta-analysis",
            "/search?q=" + "a".repeat(60),
            "/sentences?q=children",
            "/pairs",
            "/pairs?e1=chemical:MESH:D008774&e2=disease:MESH:D001289",
            "/related",
            "/boolean",
            "/mesh",
            "/articles/990005",
            "/api/docs");
    for (String path : pages) {
      Page page = open(path);
      String name = "phone" + path.replaceAll("[^A-Za-z0-9]+", "-");
      page.screenshot(
          new Page.ScreenshotOptions()
              .setPath(SCREENSHOTS.resolve(name.substring(0, Math.min(name.length(), 40)) + ".png"))
              .setScale(ScreenshotScale.CSS));
      assertThat((Integer) page.evaluate("document.scrollingElement.scrollWidth"))
          .as("width of %s", path)
          .isLessThanOrEqualTo(WIDTH);
      BoundingBox button = page.locator("form.searchbox button").boundingBox();
      assertThat(button).as("the search button of %s", path).isNotNull();
      assertThat(button.x).as("the search button of %s", path).isGreaterThanOrEqualTo(0);
      assertThat(button.x + button.width)
          .as("the search button's right edge on %s", path)
          .isLessThanOrEqualTo(WIDTH);
      page.close();
    }
  }

  @Test
  void theApiDocsKeepParameterNamesWhole() {
    Page page = open("/api/docs");
    // The text of the name and "In" cells of every parameter row, where it runs over two lines.
    Object broken =
        page.evaluate(
            "[...document.querySelectorAll('.api-table tbody tr')]"
                + ".filter(tr => tr.cells.length === 4)"
                + ".flatMap(tr => [tr.cells[0].querySelector('code'), tr.cells[1]])"
                + ".filter(e => { const r = document.createRange(); r.selectNodeContents(e.firstChild);"
                + " return r.getClientRects().length > 1; })"
                + ".map(e => e.textContent.trim())");
    assertThat((List<?>) broken).as("parameter names or places broken over lines").isEmpty();
    assertThat((Integer) page.evaluate("document.querySelectorAll('.api-table tbody tr').length"))
        .isGreaterThan(20);
    page.close();
  }

  @Test
  void resultsComeBeforeTheFiltersWhichOpenOnDemand() {
    for (String path : List.of("/search?q=trial+OR+meta-analysis", "/sentences?q=children")) {
      Page page = open(path);
      Locator panel = page.locator("details.facets-panel");
      assertThat(panel.evaluate("d => d.open"))
          .as("the filters of %s start closed", path)
          .isEqualTo(false);
      double results = page.locator(".results").boundingBox().y;
      double filters = page.locator(".facets").boundingBox().y;
      assertThat(results).as("results above filters on %s", path).isLessThan(filters);
      if (path.startsWith("/search")) {
        assertThat(page.locator(".hit").first().boundingBox().y).isLessThan(filters);
        assertThat(page.locator("[data-facet=type]").isVisible()).isFalse();
      }
      panel.locator("summary").click();
      assertThat(panel.evaluate("d => d.open")).isEqualTo(true);
      if (path.startsWith("/search")) {
        assertThat(page.locator("[data-facet=type]").isVisible()).isTrue();
        page.screenshot(
            new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("phone-search-filters-open.png"))
                .setScale(ScreenshotScale.CSS)
                .setFullPage(true));
      }
      assertThat((Integer) page.evaluate("document.scrollingElement.scrollWidth"))
          .isLessThanOrEqualTo(WIDTH);
      page.close();
    }
  }

  private static Page open(String path) {
    Page page = phone.newPage();
    page.navigate(DEMO.site().url(path));
    page.waitForLoadState();
    return page;
  }
}
