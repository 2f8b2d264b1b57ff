package org.litfacets.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Mouse;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A person's path through the UI in Debian's Chromium: search, narrow by a facet, open an article.
 */
class SearchUiIT {
  private static final Path SCREENSHOTS = Chromium.SCREENSHOTS;

  @RegisterExtension static final DemoInChromium DEMO = new DemoInChromium();

  @Test
  void searchFilterAndOpenAnArticle() {
    Page page = DEMO.browser().newPage(new Browser.NewPageOptions().setViewportSize(1280, 900));
    page.navigate(DEMO.site().url("/"));
    page.locator("input[name=q]").fill("trial OR meta-analysis");
    page.locator("form.searchbox button").click();
    page.waitForURL("**/search?q=*");

    assertThat(page.locator("[data-test=total] strong").textContent()).isEqualTo("3");
    assertThat(page.locator(".hit").count()).isEqualTo(3);
    assertThat(page.locator(".hit mark").count()).isPositive();
    page.screenshot(
        new Page.ScreenshotOptions()
            .setPath(SCREENSHOTS.resolve("1-search.png"))
            .setFullPage(true));

    Locator metaAnalysis = page.locator("[data-facet=type] a[data-value='Meta-Analysis']");
    assertThat(metaAnalysis.locator(".count").textContent()).isEqualTo("1");
    metaAnalysis.click();
    page.waitForURL("**filter=type*");
    assertThat(page.locator("[data-test=total] strong").textContent()).isEqualTo("1");
    assertThat(page.locator(".active-filters .chip").textContent())
        .contains("Publication type: Meta-Analysis");
    page.screenshot(
        new Page.ScreenshotOptions()
            .setPath(SCREENSHOTS.resolve("2-filtered.png"))
            .setFullPage(true));

    page.locator(".hit-title a").first().click();
    page.waitForURL("**/articles/990005");
    assertThat(page.locator("[data-test=article-title]").textContent())
        .isEqualTo("Methylphenidate for attention deficit hyperactivity disorder in children");
    assertThat(page.locator(".abstract-part h3").allTextContents())
        .containsExactly("OBJECTIVE", "METHODS", "RESULTS", "CONCLUSIONS");
    page.screenshot(
        new Page.ScreenshotOptions()
            .setPath(SCREENSHOTS.resolve("3-article.png"))
            .setFullPage(true));

    // Un-filtering: the MeSH chip leads to a filtered search; the chip on that page removes the
    // filter again.
    page.locator(".mesh a", new Page.LocatorOptions().setHasText("Methylphenidate")).click();
    page.waitForURL("**filter=mesh*");
    assertThat(page.locator("[data-test=total] strong").textContent()).isEqualTo("1");
    page.locator(".active-filters .chip").click();
    page.waitForURL(url -> !url.contains("filter="));
    assertThat(page.locator("[data-test=total] strong").textContent()).isEqualTo("6");
  }

  @Test
  void meshSuggesterBuildsAnExplodedClause() {
    Page page = DEMO.browser().newPage(new Browser.NewPageOptions().setViewportSize(1280, 900));
    page.navigate(DEMO.site().url("/mesh"));
    page.locator("#keywords").fill("diabetes mellitus\ndiabetic retinopathy");
    page.locator("#suggest-form button").click();
    Locator rows = page.locator("#suggestions tbody tr");
    rows.first().waitFor();
    assertThat(page.locator("#status").textContent()).contains("for 2 keyword(s)");
    assertThat(rows.first().locator("td").nth(1).textContent()).startsWith("Diabetes Mellitus");
    assertThat(rows.first().locator("td").nth(3).textContent()).contains("exact");

    rows.first().locator("button.add").click();
    rows.nth(1).locator("button.add").click();
    String clause = page.locator("#clause").inputValue();
    assertThat(clause).startsWith("\"Diabetes Mellitus\"[mh] OR \"");
    assertThat(clause).endsWith("\"[mh]");
    page.screenshot(
        new Page.ScreenshotOptions()
            .setPath(SCREENSHOTS.resolve("4-mesh-suggester.png"))
            .setFullPage(true));

    // The search link runs the clause as it reads, each heading exploded, in the one query
    // language.
    page.locator("#search-clause").click();
    page.waitForURL("**/search?q=*");
    assertThat(page.locator("input[name=q]").inputValue()).isEqualTo(clause);
    assertThat(page.locator("[data-test=total]").count()).isEqualTo(1);
  }

  @Test
  void theYearHistogramFiltersByABarOrADraggedRangeAndUnfiltersAgain() {
    Page page = DEMO.browser().newPage(new Browser.NewPageOptions().setViewportSize(1280, 900));
    page.navigate(DEMO.site().url("/search?q="));
    Locator bars = page.locator("[data-test=year-histogram] a.bar");
    // The demo's six articles, one a year from 2017 to 2022.
    assertThat(bars.count()).isGreaterThanOrEqualTo(6);
    Locator bar2019 = page.locator("[data-test=year-histogram] a.bar[data-year='2019']");
    long count2019 = Long.parseLong(bar2019.getAttribute("data-count"));
    assertThat(count2019).isPositive();
    long all = total(page);
    page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("5-histogram.png")));

    bar2019.click();
    page.waitForURL("**filter=year%3A2019*");
    assertThat(total(page)).isEqualTo(count2019);
    assertThat(page.locator(".hit .year").allTextContents()).containsOnly("2019");
    Locator selected = page.locator("[data-test=year-histogram] a.bar.selected");
    assertThat(selected.count()).isEqualTo(1);
    assertThat(selected.getAttribute("data-year")).isEqualTo("2019");

    // The active bar again: every year.
    selected.click();
    page.waitForURL(url -> !url.contains("filter="));
    assertThat(total(page)).isEqualTo(all);
    assertThat(page.locator("[data-test=year-histogram] a.bar.selected").count()).isZero();

    // Dragging from 2018 to 2020 filters to the three years.
    var from = page.locator("a.bar[data-year='2018'] .slot").boundingBox();
    var to = page.locator("a.bar[data-year='2020'] .slot").boundingBox();
    page.mouse().move(from.x + from.width / 2, from.y + from.height / 2);
    page.mouse().down();
    page.mouse()
        .move(to.x + to.width / 2, to.y + to.height / 2, new Mouse.MoveOptions().setSteps(8));
    page.mouse().up();
    page.waitForURL("**filter=year%3A2018-2020*");
    assertThat(page.locator(".hit .year").allTextContents()).containsOnly("2018", "2019", "2020");
    assertThat(page.locator("[data-test=year-histogram] a.bar.selected").count()).isEqualTo(3);
    assertThat(page.locator(".histogram-selection strong").textContent()).isEqualTo("2018–2020");
    page.screenshot(
        new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("6-histogram-range.png")));
    page.locator("[data-test=all-years]").click();
    page.waitForURL(url -> !url.contains("filter="));
    assertThat(total(page)).isEqualTo(all);
  }

  private static long total(Page page) {
    return Long.parseLong(page.locator("[data-test=total] strong").textContent().replace(",", ""));
  }

  @Test
  void badInputShowsAnErrorPageNotAStackTrace() {
    Page page = DEMO.browser().newPage();
    page.navigate(DEMO.site().url("/search?q=x&page=zero"));
    assertThat(page.locator("[data-test=error-message]").textContent())
        .contains("page must be a whole number");
    assertThat(page.content()).doesNotContain("Exception");
  }

  /**
   * The Content-Security-Policy forbids inline script and style: no page may trip it (Chromium
   * reports each violation on the console), and the article page's controls, which moved to a
   * script file for it, still work.
   */
  @Test
  void pagesRunUnderTheContentSecurityPolicy() {
    Page page = DEMO.browser().newPage(new Browser.NewPageOptions().setViewportSize(1280, 900));
    List<String> violations = new java.util.ArrayList<>();
    page.onConsoleMessage(
        m -> {
          if (m.text().contains("Content Security Policy")) {
            violations.add(page.url() + ": " + m.text());
          }
        });
    for (String path :
        List.of(
            "/search?q=asthma",
            "/sentences?q=asthma",
            "/mesh",
            "/boolean",
            "/pairs",
            "/related?e=%40DISEASE_Asthma")) {
      page.navigate(DEMO.site().url(path));
      page.waitForLoadState();
    }
    page.navigate(DEMO.site().url("/search?q=asthma"));
    page.locator(".hit-title a").first().click();
    page.waitForURL("**/articles/*");
    Locator roles = page.locator("#show-roles");
    if (roles.count() > 0) {
      roles.uncheck();
      assertThat(page.locator(".abstract").getAttribute("class")).contains("roles-off");
    }
    page.locator("a[data-back]").click();
    page.waitForURL("**/search?q=asthma");
    assertThat(violations).isEmpty();
  }
}
