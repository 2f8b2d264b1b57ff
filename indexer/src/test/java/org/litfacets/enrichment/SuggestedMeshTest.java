package org.litfacets.enrichment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.litfacets.article.AbstractSection;
import org.litfacets.article.Article;
import org.litfacets.article.EnrichedArticle;
import org.litfacets.article.MeshHeading;
import org.litfacets.mesh.MeshVocabulary;
import org.litfacets.mesh.indexing.ArticleMeshSuggester;

class SuggestedMeshTest {
  private static final String ASTHMA = "D001249";
  private static final String RETINOPATHY = "D003930";
  private static final String HUMANS = "D006801";
  private static final String METHODS = "D008722";
  private static ArticleMeshSuggester suggester;

  @TempDir static Path dir;

  @BeforeAll
  static void vocabulary() throws IOException {
    Path xml = dir.resolve("desc-fixture.xml");
    Files.writeString(
        xml,
        "<?xml version=\"1.0\"?>\n<DescriptorRecordSet LanguageCode=\"eng\">\n"
            + descriptor(ASTHMA, "Asthma", "C08.127.108", "Asthma", "Bronchial Asthma")
            + descriptor(RETINOPATHY, "Diabetic Retinopathy", "C11.768.257", "Diabetic Retinopathy")
            + descriptor(
                HUMANS, "Humans", "B01.050.150.900.649.313.988.400.112.400.400", "Humans", "Human")
            + descriptor(METHODS, "Methods", "E05.581", "Methods", "Method")
            + "</DescriptorRecordSet>\n");
    suggester = new ArticleMeshSuggester(MeshVocabulary.load(xml));
  }

  private static String descriptor(String ui, String name, String tree, String... terms) {
    StringBuilder xml =
        new StringBuilder(
            " <DescriptorRecord DescriptorClass=\"1\">\n  <DescriptorUI>"
                + ui
                + "</DescriptorUI>\n  <DescriptorName><String>"
                + name
                + "</String></DescriptorName>\n"
                + "  <TreeNumberList><TreeNumber>"
                + tree
                + "</TreeNumber></TreeNumberList>\n"
                + "  <ConceptList><Concept PreferredConceptYN=\"Y\"><TermList>\n");
    for (String term : terms) {
      xml.append("   <Term IsPermutedTermYN=\"N\"><String>")
          .append(term)
          .append("</String></Term>\n");
    }
    return xml.append("  </TermList></Concept></ConceptList>\n </DescriptorRecord>\n").toString();
  }

  private static EnrichedArticle article(
      String title, List<AbstractSection> sections, List<MeshHeading> mesh) {
    return new EnrichedArticle(Article.ofText("1", title, sections).withMeshHeadings(mesh));
  }

  private static final List<AbstractSection> STRUCTURED =
      List.of(
          new AbstractSection("METHODS", "METHODS", "We examined 40 patients."),
          new AbstractSection("INTERPRETATION", "CONCLUSIONS", "Diabetic retinopathy is common."));

  @Test
  void suggestsHeadingsWeighingTheConclusionsLikeTheTitleAndIgnoringSectionLabels() {
    EnrichedArticle article = article("Asthma in a cohort", STRUCTURED, List.of());

    new SuggestedMesh(suggester).enrich(List.of(article));

    // Diabetic retinopathy (2 words in the conclusions: 2.0) ties with the Humans check tag
    // ("patients": 2.0) and
    // comes first by text order; unweighted as a last sentence it would score 1.5 and fall behind
    // Humans. The title's
    // single word Asthma scores 2.0 halved. "METHODS", a label, must not suggest the heading
    // Methods.
    assertThat(article.suggestedMeshUis()).containsExactly(RETINOPATHY, HUMANS, ASTHMA);
  }

  @Test
  void keepsOnlyTheBestHeadingsAskedFor() {
    EnrichedArticle article = article("Asthma in a cohort", STRUCTURED, List.of());

    new SuggestedMesh(suggester, 1).enrich(List.of(article));

    assertThat(article.suggestedMeshUis()).containsExactly(RETINOPATHY);
  }

  @Test
  void leavesArticlesWithNlmHeadingsAndEmptyArticlesAlone() {
    EnrichedArticle indexed =
        article(
            "Asthma in a cohort",
            STRUCTURED,
            List.of(new MeshHeading(ASTHMA, "Asthma", true, List.of())));
    EnrichedArticle empty = article(null, List.of(), List.of());
    EnrichedArticle unindexed = article("Asthma", List.of(), List.of());

    new SuggestedMesh(suggester).enrich(List.of(indexed, empty, unindexed));

    assertThat(indexed.suggestedMeshUis()).isEmpty();
    assertThat(empty.suggestedMeshUis()).isEmpty();
    assertThat(unindexed.suggestedMeshUis()).containsExactly(ASTHMA);
  }

  @Test
  void rejectsAMissingSuggesterOrNoHeadings() {
    assertThatThrownBy(() -> new SuggestedMesh(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("suggester is required");
    assertThatThrownBy(() -> new SuggestedMesh(suggester, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be positive, was 0");
  }
}
