package org.litfacets.mesh.indexing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.litfacets.mesh.MeshVocabulary;
import org.litfacets.mesh.suggest.Evidence;
import org.litfacets.mesh.suggest.Suggestion;
import org.litfacets.mesh.suggest.SuggestionMethod;

class ArticleMeshSuggesterTest {
  private static final String TITLE = "Optical coherence tomography in type 2 diabetes";
  private static final String ABSTRACT =
      "We studied retinopathies in 40 patients. Reflexes were normal. "
          + "CONCLUSIONS: Diabetic retinopathy is common in NIDDM.";
  private static MeshVocabulary mesh;

  @BeforeAll
  static void load() throws Exception {
    mesh =
        MeshVocabulary.load(
            Path.of(
                ArticleMeshSuggesterTest.class
                    .getResource("/mesh-fixture/desc-fixture.xml")
                    .toURI()));
  }

  private static List<String> uis(List<Suggestion> suggestions) {
    return suggestions.stream().map(s -> s.descriptor().ui()).toList();
  }

  @Test
  void weighsTermsFoundInTheTitleAndConclusionsAboveSingleWordsElsewhere() {
    List<Suggestion> out = new ArticleMeshSuggester(mesh).suggest(TITLE, ABSTRACT, 10);
    // Type 2 diabetes: title (2.0) + "NIDDM" in the conclusions (2.0 halved as a single word).
    // "patients" implies
    // the Humans check tag (2.0), ranked after the title's Optical Coherence Tomography by first
    // appearance.
    assertThat(uis(out))
        .containsExactly("D003924", "D041623", "D003930", "D006801", "D012018", "D012164");
    assertThat(out.get(3).evidence().get(0).keyword()).isEqualTo("patients (check tag)");
    assertThat(out.get(0).score()).isEqualTo(3.0);
    assertThat(out.get(4).score()).isEqualTo(0.625);
    assertThat(out.get(2).evidence())
        .containsExactly(
            new Evidence(
                "Diabetic retinopathy (sentence 3)",
                "Diabetic Retinopathy",
                SuggestionMethod.EXACT,
                3,
                2.0));
    assertThat(uis(new ArticleMeshSuggester(mesh).suggest(TITLE, ABSTRACT, 2)))
        .containsExactly("D003924", "D041623");
  }

  @Test
  void infersCheckTagsFromWhoWasStudied() {
    List<Suggestion> out =
        new ArticleMeshSuggester(mesh).suggest("Reflexes in pregnant mothers", "", 10);
    assertThat(uis(out)).containsExactly("D005260", "D012018");
    assertThat(new ArticleMeshSuggester(mesh).suggest("Reflexes in mice", "", 10))
        .extracting(s -> s.descriptor().ui())
        .containsExactly("D012018");
  }

  @Test
  void fusesTextMatchesWithTheHeadingsOfSimilarArticles() {
    ArticleMeshSuggester withNeighbours =
        new ArticleMeshSuggester(
            mesh, text -> List.of(List.of("D003920", "D003924"), List.of("D003920")));
    List<Suggestion> out = withNeighbours.suggest(TITLE, ABSTRACT, 3);
    assertThat(uis(out)).containsExactly("D003924", "D003920", "D041623");
    assertThat(out.get(0).evidence())
        .extracting(Evidence::method)
        .containsExactly(SuggestionMethod.EXACT, SuggestionMethod.FEEDBACK);
  }

  @Test
  void scoresSuggestionsMicroAveraged() {
    MeshIndexScores scores = new MeshIndexScores();
    scores.add(List.of("a", "b", "c", "d", "e", "f"), Set.of("a", "f", "z"));
    scores.add(List.of(), Set.of("q"));
    Map<String, Double> f = scores.figures("mesh-index.");
    assertThat(f.get("mesh-index.p@5")).isCloseTo(0.2, within(1e-9));
    assertThat(f.get("mesh-index.r@5")).isCloseTo(0.25, within(1e-9));
    assertThat(f.get("mesh-index.p@10")).isCloseTo(2.0 / 6, within(1e-9));
    assertThat(f.get("mesh-index.r@10")).isCloseTo(0.5, within(1e-9));
    assertThat(f.get("mesh-index.f1@10")).isCloseTo(0.4, within(1e-9));
  }
}
