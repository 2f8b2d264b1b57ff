package org.litfacets.web;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.litfacets.article.EnrichedArticle;
import org.litfacets.article.Role;
import org.litfacets.mesh.MeshVocabulary;
import org.litfacets.solr.TestSolr;
import org.litfacets.web.TaggedArticles.S;

/**
 * The corpus of the reliability and security tests: tagged articles for every endpoint to find
 * something, one of them with markup and script in its title and abstract.
 */
final class HostileArticles {
  static final String SCRIPT_PMID = "93000001";
  static final String SCRIPT_TITLE =
      "<script>alert('title')</script> Doxorubicin and asthma <img src=x onerror=alert(1)>";
  static final String SCRIPT_SENTENCE =
      "Asthma <b onmouseover=alert(2)>worsened</b> after doxorubicin </textarea><svg onload=alert(3)>.";
  static final MeshVocabulary MESH =
      MeshVocabulary.load(Path.of("../mesh/src/test/resources/mesh-fixture/desc-fixture.xml"));

  private static final Map<String, String[]> FORMS =
      Map.of(
          "doxorubicin", new String[] {"CHEMICAL", "MESH:D004317", "Doxorubicin"},
          "Doxorubicin", new String[] {"CHEMICAL", "MESH:D004317", "Doxorubicin"},
          "asthma", new String[] {"DISEASE", "MESH:D001249", "Asthma"},
          "Asthma", new String[] {"DISEASE", "MESH:D001249", "Asthma"});

  /** The test node's collection that holds this corpus, apart from every other test's articles. */
  static final String COLLECTION = "litfacets_hostile";

  private HostileArticles() {}

  /** The app over this corpus, indexed afresh into its own collection of the test node. */
  static ServedApp serve() {
    return ServedApp.serving(TestSolr.connect(COLLECTION), articles(), Optional.of(MESH));
  }

  private static List<EnrichedArticle> articles() {
    return List.of(
        TaggedArticles.article(
            FORMS,
            SCRIPT_PMID,
            2020,
            "Journal of <i>Markup</i>",
            SCRIPT_TITLE,
            new S(Role.RESULTS, SCRIPT_SENTENCE)),
        TaggedArticles.article(
            FORMS,
            "93000002",
            2021,
            "Thorax",
            "Asthma in adults given doxorubicin.",
            new S(Role.METHODS, "We followed adults with asthma."),
            new S(Role.CONCLUSIONS, "Doxorubicin did not change asthma.")),
        TaggedArticles.article(
            FORMS,
            "93000003",
            2019,
            "Chest",
            "Inhaled steroids for asthma.",
            new S(Role.RESULTS, "Asthma attacks fell.")));
  }
}
