package org.litfacets.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A systematic reviewer's path through the Boolean query builder in Debian's Chromium, on the
 * demo's six articles and the mesh module's MeSH fixture (diabetes, reflexes, Humans, ...). The
 * articles are indexed with their MeSH tree numbers, so that exploded headings find narrower ones:
 * 990002 is indexed with "Diabetes Mellitus, Type 2", a child of "Diabetes Mellitus"; 990001 and
 * 990002 with "Humans".
 */
class BooleanBuilderIT {
  private static final Path SCREENSHOTS = Chromium.SCREENSHOTS;

  @RegisterExtension static final DemoInChromium DEMO = new DemoInChromium();

  private BrowserContext context;
  private Page page;

  /** A fresh context per test: its own localStorage, so no test sees another's history. */
  @BeforeEach
  void openContext() {
    context =
        DEMO.browser()
            .newContext(
                new Browser.NewContextOptions()
                    .setViewportSize(1280, 900)
                    .setAcceptDownloads(true));
    page = context.newPage();
  }

  @AfterEach
  void closeContext() {
    if (context != null) {
      context.close();
    }
  }

  @Test
  void buildsCountsChecksSeedsExportsAndRestoresASearch() throws Exception {
    open("/boolean");
    addLine("adults[tiab]");
    addLine("infarct*.ti,ab. or exp Diabetes Mellitus/");
    selectLines(1, 2);
    page.locator("[data-combine=AND]").click();
    assertThat(text(3)).hasValue("#1 AND #2");

    // 990001 and 990004 speak of adults; 990002 (infarctions, Type 2 diabetes) and 990004
    // (infarction) are in #2.
    assertThat(count(1)).hasText("2");
    assertThat(count(2)).hasText("2");
    assertThat(count(3)).hasText("1");
    line(2).locator(".toggle-details").click();
    assertThat(line(2).locator(".line-details")).containsText("Diabetes Mellitus");
    assertThat(line(2).locator(".line-details")).containsText("exploded");
    assertThat(line(3).locator("a.open")).hasAttribute("href", Pattern.compile("^/search\\?q=.+"));

    // The MeSH panel works for the line being edited: "adults" is not in the fixture's MeSH, but
    // the articles it
    // finds are indexed with Humans, which has no narrower heading here (as many articles exploded
    // as alone).
    text(1).click();
    assertThat(page.locator("#mesh-line")).hasText("#1");
    assertThat(page.locator("#mesh-keywords")).hasValue("adults");
    Locator humans =
        page.locator(".mesh-suggestion").filter(new Locator.FilterOptions().setHasText("Humans"));
    assertThat(humans.locator(".counts")).hasText("2 exploded · 2 alone");
    humans.locator("button.add").click();
    assertThat(text(1)).hasValue("adults[tiab] OR \"Humans\"[mh]");
    assertThat(humans.locator("button.add")).hasText("Added");
    assertThat(count(1)).hasText("3");
    assertThat(count(3)).hasText("2");

    // An exploded heading counts its narrower headings: Type 2 diabetes is indexed, Diabetes
    // Mellitus itself is not.
    page.locator("#mesh-keywords").fill("diabetes mellitus");
    page.locator("#mesh-form button").click();
    Locator diabetes =
        page.locator(".mesh-suggestion")
            .filter(
                new Locator.FilterOptions()
                    .setHas(
                        page.locator(
                            ".name",
                            new Page.LocatorOptions()
                                .setHasText(Pattern.compile("^Diabetes Mellitus$")))));
    assertThat(diabetes.locator(".counts")).hasText("1 exploded · 0 alone");
    screenshot("boolean-1-history.png");

    // A misspelt heading is an error in place, with the closest heading as a one-click replacement.
    text(2).fill("infarct*.ti,ab. or exp Diabetis Mellitus/");
    assertThat(line(2).locator(".line-error .message")).containsText("Diabetis Mellitus");
    line(2)
        .locator(".line-error button", new Locator.LocatorOptions().setHasText("Diabetes Mellitus"))
        .first()
        .click();
    assertThat(text(2)).hasValue("infarct*.ti,ab. or exp Diabetes Mellitus/");
    assertThat(line(2).locator(".line-error")).isHidden();
    assertThat(count(2)).hasText("2");

    // Seeds: 990001 is kept by #1 but not by #2, so the final line loses it there; 999999 is not in
    // the index.
    page.locator("#seeds").fill("990001 990002\n990004, 999999");
    assertThat(line(1).locator(".line-seeds")).hasText("Seeds: 3 of 3 found");
    assertThat(line(2).locator(".line-seeds"))
        .hasText("Seeds: 2 of 3 found · missed 990001 · first lost here: 990001");
    assertThat(line(3).locator(".line-seeds")).hasText("Seeds: 2 of 3 found · missed 990001");
    assertThat(line(2)).hasClass(Pattern.compile("\\blost\\b"));
    assertThat(line(3)).not().hasClass(Pattern.compile("\\blost\\b"));
    assertThat(page.locator("#seeds-summary"))
        .containsText("Not in the index (no line can find them): 999999");
    assertThat(page.locator("#seeds-summary")).containsText("The final line #3 finds 2 of 3.");

    // The last line's results as RIS.
    assertThat(page.locator("#export-line")).hasValue("2");
    Download ris =
        page.waitForDownload(() -> page.locator("#export-links a[data-format=ris]").click());
    Assertions.assertThat(Files.readString(ris.path())).startsWith("TY  -");

    // Copy as Ovid gives numbered lines in Ovid syntax, from the translation.
    page.locator("#copy-ovid").click();
    Assertions.assertThat(page.locator("#history-text").inputValue())
        .startsWith("1 adults.ti,ab. or ")
        .endsWith("\n3 1 and 2");

    // The history survives a reload (from the address) and a visit without it (from localStorage).
    page.reload();
    assertThat(text(1)).hasValue("adults[tiab] OR \"Humans\"[mh]");
    assertThat(count(3)).hasText("2");
    open("/boolean");
    assertThat(page.locator("li.line")).hasCount(3);
    assertThat(count(2)).hasText("2");
    assertThat(page.locator("#seeds")).hasValue("990001 990002\n990004, 999999");
  }

  @Test
  void linesAreRenumberedImportedAndKeptInTheBrowser() {
    open("/boolean");
    assertThat(page.locator("#no-script")).isHidden();
    assertThat(page.locator(".empty-lines")).isVisible();
    addLine("adults[tiab]");
    addLine("infarct*.ti,ab.");
    addLine("exp Diabetes Mellitus/");
    selectLines(2, 3);
    page.locator("[data-combine=OR]").click();
    assertThat(text(4)).hasValue("#2 OR #3");

    // Removing a line renumbers the lines after it and their references; a line in use is not
    // removed.
    line(1).locator("button.remove").click();
    assertThat(page.locator("li.line")).hasCount(3);
    assertThat(text(3)).hasValue("#1 OR #2");
    line(1).locator("button.remove").click();
    assertThat(page.locator("#history-status"))
        .hasText("Line #3 uses line #1: change or remove #3 first.");
    assertThat(page.locator("li.line")).hasCount(3);

    // The page's address and localStorage both hold the history.
    Assertions.assertThat(page.url()).contains("h=");
    page.reload();
    assertThat(text(3)).hasValue("#1 OR #2");
    open("/boolean");
    assertThat(text(1)).hasValue("infarct*.ti,ab.");

    // An Ovid strategy pasted with its own numbers: numbers are stripped and references follow the
    // new numbering.
    page.locator("#history-text").fill("5 exp Asthma/\n6 wheez*.ti,ab.\n7 5 or 6\n");
    page.locator("#import").click();
    assertThat(page.locator("li.line")).hasCount(3);
    assertThat(text(1)).hasValue("exp Asthma/");
    assertThat(text(3)).hasValue("1 or 2");
    assertThat(page.locator("#share-status")).hasText("Imported 3 lines.");

    // The MeSH panel follows the line being edited; its words are the line's free text.
    text(2).click();
    assertThat(page.locator("#mesh-line")).hasText("#2");
    assertThat(page.locator("#mesh-keywords")).hasValue("wheez");
    screenshot("boolean-2-desktop.png");

    // A phone: one column, nothing wider than the screen.
    page.setViewportSize(390, 844);
    Assertions.assertThat((Integer) page.evaluate("document.documentElement.scrollWidth"))
        .isLessThanOrEqualTo(390);
    screenshot("boolean-3-phone.png");
  }

  @Test
  void seedsAreNotCheckedOnALineWithAnError() {
    open("/boolean");
    addLine("adults[tiab]");
    addLine("(adults");
    page.locator("#seeds").fill("990001");
    assertThat(line(1).locator(".line-seeds")).hasText("Seeds: 1 of 1 found");
    assertThat(line(2).locator(".line-seeds")).hasText("Seeds: not checked: the line has an error");
    assertThat(page.locator("#seeds-summary"))
        .containsText("The final line #2 has an error: correct it to check the seeds.");
  }

  @Test
  void aLinesResultsAreTheArticlesItCounted() {
    open("/boolean");
    // Two plain words: the builder reads them as PubMed does, both required; the results page,
    // where two words without a mark of the query language are free text (either word, and the
    // nearest articles by meaning), must be told so.
    addLine("adults infarction");
    assertThat(count(1)).hasText(Pattern.compile("^\\d+$"));
    String counted = count(1).innerText();
    line(1).locator("a.open").click();
    page.waitForURL("**/search?**");
    assertThat(page.locator("[data-test=total] strong")).hasText(counted);
  }

  @Test
  void meshSuggestionsAreAddedToTheLine() {
    open("/boolean");
    addLine("adults[tiab]");
    assertThat(page.locator("#mesh-keywords")).hasValue("adults");
    Locator humans =
        page.locator(".mesh-suggestion").filter(new Locator.FilterOptions().setHasText("Humans"));
    humans.locator("button.add").click();
    assertThat(text(1)).hasValue("adults[tiab] OR \"Humans\"[mh]");
    assertThat(humans.locator("button.add")).isDisabled();
  }

  @Test
  void withoutJavaScriptThePageSaysSoAndStillSearches() {
    BrowserContext noScript =
        DEMO.browser().newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false));
    Page plain = noScript.newPage();
    plain.navigate(DEMO.site().url("/boolean"));
    assertThat(plain.locator("#no-script")).containsText("The builder needs JavaScript");
    assertThat(plain.locator("#builder")).isHidden();
    plain.locator("#no-script input[name=q]").fill("asthma");
    plain.locator("#no-script button").click();
    plain.waitForURL("**/search?q=asthma");
    assertThat(plain.locator("[data-test=total] strong")).hasText("1");
    noScript.close();
  }

  /**
   * The whole page from its top: a page scrolled to a focused line would draw the sticky top bar
   * mid-page.
   */
  private void screenshot(String name) {
    page.evaluate("window.scrollTo(0, 0)");
    page.screenshot(
        new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name)).setFullPage(true));
  }

  private void open(String path) {
    page.navigate(DEMO.site().url(path));
  }

  private void addLine(String text) {
    page.locator("#new-line").fill(text);
    page.locator("#new-line").press("Enter");
  }

  private void selectLines(int... numbers) {
    for (int n : numbers) {
      line(n).locator("input.select").check();
    }
  }

  private Locator line(int number) {
    return page.locator("li.line[data-number='" + number + "']");
  }

  private Locator text(int number) {
    return line(number).locator(".line-text");
  }

  private Locator count(int number) {
    return line(number).locator(".count");
  }
}
