package org.litfacets.mesh.suggest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.litfacets.mesh.MeshVocabulary;

class MeshSuggesterTest {
  private static MeshVocabulary mesh;
  private static MeshSuggester lexicalOnly;

  @BeforeAll
  static void load() throws URISyntaxException {
    mesh =
        MeshVocabulary.load(
            Path.of(MeshSuggesterTest.class.getResource("/mesh-fixture/desc-fixture.xml").toURI()));
    lexicalOnly = MeshSuggester.builder(mesh).build();
  }

  private static List<String> uis(List<Suggestion> suggestions) {
    return suggestions.stream().map(s -> s.descriptor().ui()).toList();
  }

  @Test
  void mapsWholeKeywordsThenLongestPhrasesLikeAutomaticTermMapping() {
    var each =
        lexicalOnly.suggestEach(List.of("type 2 diabetes", "optical coherence tomography"), 10);
    assertThat(uis(each.get(SuggestionMethod.EXACT))).containsExactly("D003924", "D041623");
    assertThat(each.get(SuggestionMethod.EXACT).get(1).evidence())
        .containsExactly(
            new Evidence(
                "optical coherence tomography",
                "Optical Coherence Tomography",
                SuggestionMethod.EXACT,
                2,
                1.0));

    // "diabetes mellitus type 2" covers 4 of the 5 words, "retinopathies" the last one.
    List<Suggestion> phrases =
        lexicalOnly
            .suggestEach(List.of("diabetes mellitus type 2 retinopathies"), 10)
            .get(SuggestionMethod.EXACT);
    assertThat(uis(phrases)).containsExactly("D003924", "D012164");
    assertThat(phrases.get(0).score()).isEqualTo(0.8);
    assertThat(phrases.get(1).evidence().get(0).entryTerm()).isEqualTo("Retinopathies");
  }

  @Test
  void matchesPartiallyWithBm25OverEntryTerms() {
    List<Suggestion> lexical =
        lexicalOnly.suggestEach(List.of("knee reflex test"), 10).get(SuggestionMethod.LEXICAL);
    assertThat(lexical.get(0).descriptor().ui()).isEqualTo("D012022");
    assertThat(lexical.get(0).evidence().get(0).entryTerm()).isEqualTo("Knee Jerk Reflex");
    assertThat(uis(lexical)).contains("D012018", "D012021");
  }

  @Test
  void fusesMethodsByReciprocalRankWithEvidenceFromEach() {
    List<Suggestion> fused = lexicalOnly.suggest(List.of("stretch reflex", "knee jerk"), 3);
    assertThat(fused.get(0).descriptor().ui()).isEqualTo("D012022");
    assertThat(fused.get(0).score()).isEqualTo(1.0 / 61 + 1.0 / 61);
    assertThat(fused.get(0).evidence())
        .extracting(Evidence::method)
        .containsExactly(SuggestionMethod.EXACT, SuggestionMethod.LEXICAL);
    assertThat(fused).hasSize(3);
  }

  @Test
  void readsKeywordsTypedAsAClause() {
    assertThat(
            MeshSuggester.keywords("(\"stretch reflex\"[tw] OR knee jerk*[tw]; slump\nbell test)"))
        .containsExactly("stretch reflex", "knee jerk", "slump", "bell test");
    assertThat(uis(lexicalOnly.suggest("\"stretch reflex\"[tw] OR knee jerk[tw]", 1)))
        .containsExactly("D012022");
  }

  @Test
  void countsTheHeadingsOfRetrievedArticles() {
    List<String> queries = new ArrayList<>();
    MeshSuggester feedback =
        MeshSuggester.builder(mesh)
            .exact(false)
            .lexical(false)
            .feedback(
                query -> {
                  queries.add(query);
                  return List.of(
                      List.of("D003924", "D003920"),
                      List.of("D003924", "Q000000"),
                      List.of("D003930"));
                })
            .build();
    List<Suggestion> out = feedback.suggest(List.of("type 2 diabetes", "NIDDM"), 5);
    assertThat(queries).containsExactly("\"type 2 diabetes\" OR NIDDM");
    assertThat(uis(out)).containsExactly("D003924", "D003920", "D003930");
    assertThat(out.get(0).evidence().get(0).entryTerm())
        .isEqualTo("heading of 2 of the top 3 articles");
  }

  @Test
  void matchesMeaningWithCachedHeadingVectors(@TempDir Path dir) {
    AtomicInteger embedded = new AtomicInteger();
    Function<List<String>, List<float[]>> miniLm = MiniLm.embedder();
    Function<List<String>, List<float[]>> counting =
        texts -> {
          embedded.addAndGet(texts.size());
          return miniLm.apply(texts);
        };
    Path cache = dir.resolve("vectors.bin");
    MeshSuggester semantic =
        MeshSuggester.builder(mesh)
            .exact(false)
            .lexical(false)
            .semantic(
                counting,
                DescriptorVectors.loadOrCompute(mesh, counting, MiniLm.NAME, cache, System.err))
            .build();
    assertThat(embedded.get()).isEqualTo(17);
    List<Suggestion> out = semantic.suggest(List.of("retina damage in diabetic patients"), 3);
    assertThat(uis(out)).first().isEqualTo("D003930");
    assertThat(out.get(0).evidence().get(0).method()).isEqualTo(SuggestionMethod.SEMANTIC);

    embedded.set(0);
    DescriptorVectors.loadOrCompute(mesh, counting, MiniLm.NAME, cache, System.err);
    assertThat(embedded.get()).as("vectors come from the cache").isZero();
    DescriptorVectors.loadOrCompute(mesh, counting, "another-model", cache, System.err);
    assertThat(embedded.get()).as("another model's cache is recomputed").isEqualTo(17);
  }

  @Test
  void rejectsBadInput() {
    assertThatThrownBy(() -> MeshSuggester.builder(mesh).exact(false).lexical(false).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one");
    assertThatThrownBy(() -> lexicalOnly.suggest(List.of("x"), 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MeshSuggester.builder(mesh).weight(SuggestionMethod.EXACT, -1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(lexicalOnly.suggest(List.of(" ", ""), 5)).isEmpty();
  }
}
