package org.litfacets.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Keyboard;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.javalin.Javalin;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.litfacets.article.EnrichedArticle;
import org.litfacets.solr.SolrConnection;
import org.litfacets.solr.TestSolr;
import org.litfacets.store.ArticleDocuments;
import org.litfacets.store.ArticleStore;
import org.litfacets.web.DoxorubicinCorpus;
import org.litfacets.web.WebApp;

/**
 * Entities in the browser: autocomplete chips in the search boxes, pair search with both entities
 * highlighted in the evidence, the relation facet, related entities and the article's relations, on
 * a small hand-made corpus about doxorubicin whose ranking is known in advance ({@link
 * DoxorubicinCorpus}, the web module's PairSearchIT's).
 */
class PairSearchUiIT {
  private static final Path SCREENSHOTS = Chromium.SCREENSHOTS;

  private static final List<String> PMIDS = new ArrayList<>();
  private static SolrConnection solr;
  private static Javalin app;
  private static String base;
  private static Chromium chromium;
  private static Browser browser;

  @BeforeAll
  static void start() throws Exception {
    Chromium.assumeInstalled();
    solr = TestSolr.connect();
    List<EnrichedArticle> articles = DoxorubicinCorpus.articles();
    articles.forEach(a -> PMIDS.add(a.article().pmid()));
    ArticleStore store = new ArticleStore(solr);
    store.upsert(articles.stream().map(ArticleDocuments::toSolr).toList());
    store.commit();
    app = WebApp.create(solr, Optional.empty()).start(0);
    base = "http://localhost:" + app.port();
    chromium = Chromium.launch();
    browser = chromium.browser();
  }

  @AfterAll
  static void stop() {
    if (chromium != null) {
      chromium.close();
    }
    if (app != null) {
      app.stop();
    }
    if (solr != null) {
      // The test node's collection is shared by the module's test classes: leave it as it was
      // found.
      ArticleStore store = new ArticleStore(solr);
      store.delete(PMIDS);
      store.commit();
      solr.close();
    }
  }

  private static Page page(int width) {
    return browser.newPage(new Browser.NewPageOptions().setViewportSize(width, 900));
  }

  private static void screenshot(Page page, String name) {
    page.screenshot(
        new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name)).setFullPage(true));
  }

  /**
   * Waits until the page's URL, decoded (links built by templates and by forms encode differently),
   * holds this.
   */
  private static void waitForUrl(Page page, String decoded) {
    page.waitForURL(url -> URLDecoder.decode(url, StandardCharsets.UTF_8).contains(decoded));
  }

  private static String total(Page page) {
    return page.locator("[data-test=total] strong").textContent();
  }

  @Test
  void anEntityPickedInTheSearchBoxFiltersByItsIdentifier() {
    Page page = page(1280);
    page.navigate(base + "/search?q=");
    Locator box = page.locator(".searchbox input[name=q]");
    box.pressSequentially("adria", new Locator.PressSequentiallyOptions().setDelay(40));
    Locator options = page.locator(".searchbox .entity-suggestions [role=option]");
    options.first().waitFor();
    // A synonym finds the entity: its name, the synonym that matched and every article of the
    // identifier.
    assertThat(options.count()).isEqualTo(1);
    assertThat(options.first().locator(".type-badge").textContent()).isEqualTo("chemical");
    assertThat(options.first().locator(".s-name").textContent()).isEqualTo("Doxorubicin");
    assertThat(options.first().locator(".s-matched").textContent()).isEqualTo("adriamycin");
    assertThat(options.first().locator(".s-count").textContent()).isEqualTo("13 articles");
    screenshot(page, "pairs-1-autocomplete.png");

    box.press("ArrowDown");
    assertThat(options.first().getAttribute("aria-selected")).isEqualTo("true");
    box.press("Enter");
    waitForUrl(page, "filter=chemical:MESH:D004317");
    Locator chip = page.locator(".searchbox .entity-chip");
    assertThat(chip.locator(".chip-name").textContent()).isEqualTo("Doxorubicin");
    assertThat(chip.locator(".type-badge").textContent()).isEqualTo("chemical");
    // Every article of the identifier, whichever synonym it uses (81000005 says adriamycin only).
    assertThat(total(page)).isEqualTo("13");
    assertThat(page.locator(".hit[data-pmid='81000005']").count()).isEqualTo(1);
    assertThat(page.locator("[data-facet=chemical] li.selected .label").textContent())
        .isEqualTo("Doxorubicin");
    screenshot(page, "pairs-2-search-chip.png");

    // Words typed after the chip narrow the search; the chip stays.
    box.fill("cardiotoxicity");
    box.press("Enter");
    waitForUrl(page, "q=cardiotoxicity");
    assertThat(page.locator(".searchbox .entity-chip .chip-name").textContent())
        .isEqualTo("Doxorubicin");
    assertThat(total(page)).isEqualTo("7");

    chip.locator(".chip-remove").click();
    page.waitForURL(url -> !url.contains("filter="));
    assertThat(page.locator(".searchbox .entity-chip").count()).isZero();
  }

  @Test
  void anEntityPickedInTheSentenceBoxFiltersTheSentences() {
    Page page = page(1280);
    page.navigate(base + "/sentences");
    page.locator(".sentence-form input[name=q]")
        .pressSequentially("cardio", new Locator.PressSequentiallyOptions().setDelay(40));
    Locator option = page.locator(".sentence-form .entity-suggestions [role=option]").first();
    option.waitFor();
    option.click();
    waitForUrl(page, "entity=disease:MESH:D066126");
    assertThat(page.locator(".sentence-form .entity-chip .chip-name").textContent())
        .isEqualTo("Cardiotoxicity");
    // The sentences that mention cardiotoxicity: two titles and eight abstract sentences.
    assertThat(total(page)).isEqualTo("10");
    assertThat(page.locator(".sentence-hit .focus").allTextContents())
        .allSatisfy(text -> assertThat(text.toLowerCase()).contains("cardiotoxicity"));
  }

  @Test
  void pairSearchHighlightsBothEntitiesAndFiltersByRelationType() {
    Page page = page(1280);
    page.navigate(base + "/pairs");
    screenshot(page, "pairs-3-empty.png");
    page.locator("#e1")
        .pressSequentially("doxo", new Locator.PressSequentiallyOptions().setDelay(40));
    page.locator("[data-slot=e1] .entity-suggestions [role=option]").first().waitFor();
    // The first suggestion is the default of a box that takes only an entity; choosing moves on to
    // the second.
    page.locator("#e1").press("Enter");
    assertThat(page.locator("[data-slot=e1] .entity-chip .chip-name").textContent())
        .isEqualTo("Doxorubicin");
    page.keyboard().type("cardio", new Keyboard.TypeOptions().setDelay(40));
    Locator option = page.locator("[data-slot=e2] .entity-suggestions [role=option]").first();
    option.waitFor();
    option.click();
    waitForUrl(page, "/pairs?e1=chemical:MESH:D004317&e2=disease:MESH:D066126");

    assertThat(total(page)).isEqualTo("7");
    assertThat(page.locator(".pair-hit").evaluateAll("hits => hits.map(h => h.dataset.pmid)"))
        .isEqualTo(
            List.of(
                "81000004",
                "81000001",
                "81000002",
                "81000003",
                "81000005",
                "81000006",
                "81000007"));
    Locator first = page.locator(".pair-hit").first();
    assertThat(first.locator("[data-test=shared]").textContent()).isEqualTo("2 shared sentences");
    assertThat(first.locator(".relations .relation").allTextContents())
        .containsExactly("Negative Correlation");
    // The best evidence: both entities marked in their colours, not the dexrazoxane between them.
    Locator evidence = first.locator(".evidence li").first();
    assertThat(evidence.locator(".badge").textContent()).isEqualTo("RESULTS");
    assertThat(evidence.locator(".evidence-text").textContent())
        .isEqualTo("Dexrazoxane prevented cardiotoxicity of doxorubicin.");
    assertThat(evidence.locator("mark.entity-disease").textContent()).isEqualTo("cardiotoxicity");
    assertThat(evidence.locator("mark.entity-chemical").textContent()).isEqualTo("doxorubicin");
    assertThat(evidence.locator("mark").count()).isEqualTo(2);
    assertThat(page.locator(".pair-hit[data-pmid='81000001'] .evidence .badge").textContent())
        .isEqualTo("TITLE");
    assertThat(page.locator(".pair-hit[data-pmid='81000006'] .cooccur").count()).isEqualTo(1);
    screenshot(page, "pairs-4-results.png");

    Locator positive = page.locator("[data-facet=relation] a[data-value='Positive_Correlation']");
    assertThat(positive.locator(".count").textContent()).isEqualTo("2");
    positive.click();
    waitForUrl(page, "relation=Positive_Correlation");
    assertThat(total(page)).isEqualTo("2");
    assertThat(page.locator(".pair-hit").evaluateAll("hits => hits.map(h => h.dataset.pmid)"))
        .isEqualTo(List.of("81000001", "81000002"));
    assertThat(page.locator("[data-facet=relation] li.selected .label").textContent())
        .isEqualTo("Positive Correlation");
    assertThat(
            page.locator("[data-facet=relation] a[data-value='Negative_Correlation'] .count")
                .textContent())
        .as("the other relation type is still offered")
        .isEqualTo("1");
    screenshot(page, "pairs-5-relation.png");
    page.locator("[data-facet=relation] a[data-value='Positive_Correlation']").click();
    page.waitForURL(url -> !url.contains("relation="));
    assertThat(total(page)).isEqualTo("7");
  }

  @Test
  void relatedEntitiesRankByAssociationAndLeadToThePair() {
    Page page = page(1280);
    page.navigate(base + "/pairs?e1=chemical%3AMESH%3AD004317&e2=disease%3AMESH%3AD066126");
    page.locator("[data-slot=e1] .related-link").click();
    waitForUrl(page, "/related?e=chemical:MESH:D004317&type=disease");
    Locator rows = page.locator("[data-test=related] tbody tr");
    // Tumours share a sentence with doxorubicin in more articles (6 against 5), but are mentioned
    // twice as often.
    assertThat(rows.locator(".partner mark").allTextContents())
        .containsExactly("Cardiotoxicity", "Neoplasms");
    assertThat(rows.first().locator("td").nth(2).textContent()).isEqualTo("5");
    assertThat(rows.first().locator("td").nth(3).textContent()).isEqualTo("7");
    assertThat(rows.nth(1).locator("td").nth(2).textContent()).isEqualTo("6");
    assertThat(rows.first().locator(".relation").allTextContents())
        .containsExactly("Positive Correlation 2", "Negative Correlation 1");
    Locator score = rows.first().locator(".score");
    assertThat(score.textContent()).matches("0\\.\\d\\d");
    assertThat(Double.parseDouble(score.textContent()))
        .isGreaterThan(Double.parseDouble(rows.nth(1).locator(".score").textContent()));
    assertThat(score.getAttribute("title")).startsWith("Normalised pointwise mutual information");
    screenshot(page, "pairs-6-related.png");

    // Another type: no chemical shares a sentence with doxorubicin in two articles.
    page.locator("#type").selectOption("chemical");
    waitForUrl(page, "type=chemical");
    assertThat(page.locator(".no-results h2").textContent()).contains("No chemicals");
    page.goBack();

    rows.first().locator(".partner a").click();
    waitForUrl(page, "/pairs?e1=chemical:MESH:D004317&e2=disease:MESH:D066126");
    assertThat(total(page)).isEqualTo("7");
  }

  @Test
  void anUnknownEntityIsExplainedWithTheClosestNames() {
    Page page = page(1280);
    page.navigate(base + "/pairs?e1=%40CHEMICAL_Doxorubicn&e2=%40DISEASE_Cardiotoxicity");
    assertThat(page.locator("[data-test=e1-error]").textContent())
        .isEqualTo("no chemical named 'Doxorubicn' in the index");
    assertThat(page.locator("[data-slot=e1] .did-you-mean a").allTextContents())
        .containsExactly("Doxorubicin");
    assertThat(page.locator("#e1").inputValue()).isEqualTo("@CHEMICAL_Doxorubicn");
    assertThat(page.locator("[data-slot=e2] .entity-chip .chip-name").textContent())
        .isEqualTo("Cardiotoxicity");
    assertThat(page.content()).doesNotContain("Exception");
    screenshot(page, "pairs-7-unknown.png");
    page.locator("[data-slot=e1] .did-you-mean a").click();
    waitForUrl(page, "/pairs?e1=chemical:MESH:D004317");
    assertThat(total(page)).isEqualTo("7");
  }

  @Test
  void theArticlePageListsItsPairsWithTheirRelationTypes() {
    Page page = page(1280);
    page.navigate(base + "/articles/81000004");
    Locator relations = page.locator("[data-test=relations] li");
    assertThat(relations.count()).isEqualTo(2);
    assertThat(relations.first().locator(".pair mark").allTextContents())
        .containsExactly("Cardiotoxicity", "Doxorubicin");
    assertThat(relations.first().locator(".relation").textContent())
        .isEqualTo("Negative Correlation");
    assertThat(relations.nth(1).locator(".pair mark").allTextContents())
        .containsExactly("Cardiotoxicity", "Dexrazoxane");
    assertThat(page.locator("[data-test=entities] a.related").first().getAttribute("href"))
        .startsWith("/related?e=");
    screenshot(page, "pairs-8-article.png");

    relations.first().locator(".relation").click();
    waitForUrl(page, "relation=Negative_Correlation");
    assertThat(page.locator(".pair-hit").evaluateAll("hits => hits.map(h => h.dataset.pmid)"))
        .isEqualTo(List.of("81000004"));
    page.goBack();
    relations.first().locator(".pair").click();
    waitForUrl(page, "/pairs?e1=disease:MESH:D066126&e2=chemical:MESH:D004317");
    assertThat(total(page)).isEqualTo("7");
  }

  @Test
  void thePairPageFitsAPhoneScreen() {
    Page page = page(390);
    page.navigate(base + "/pairs?e1=chemical%3AMESH%3AD004317&e2=disease%3AMESH%3AD066126");
    assertThat(total(page)).isEqualTo("7");
    assertThat((Integer) page.evaluate("document.documentElement.scrollWidth"))
        .as("no horizontal scrolling")
        .isLessThanOrEqualTo(390);
    assertThat(page.locator(".pair-hit").first().boundingBox().width).isLessThanOrEqualTo(390);
    screenshot(page, "pairs-9-phone.png");
    page.navigate(base + "/related?e=chemical%3AMESH%3AD004317&type=disease");
    assertThat((Integer) page.evaluate("document.documentElement.scrollWidth"))
        .isLessThanOrEqualTo(390);
    assertThat(
            (Boolean)
                page.evaluate(
                    "(w => w.scrollWidth <= w.clientWidth)(document.querySelector('.table-wrap'))"))
        .as("the table fits without scrolling sideways")
        .isTrue();
    screenshot(page, "pairs-10-related-phone.png");
  }
}
