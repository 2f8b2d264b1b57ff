package org.litfacets.mesh.suggest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.litfacets.mesh.MeshVocabulary;

class MeshSuggestBenchmarkTest {
  @Test
  void scoresMethodsFusionAndBaselinesPerSplit() throws Exception {
    MeshVocabulary mesh =
        MeshVocabulary.load(
            Path.of(getClass().getResource("/mesh-fixture/desc-fixture.xml").toURI()));
    MeshSuggester exactOnly = MeshSuggester.builder(mesh).lexical(false).build();
    Path data = Path.of(getClass().getResource("/clef-fixture").toURI());

    MeshSuggestBenchmark.Result result = new MeshSuggestBenchmark(exactOnly).run(data);
    Map<String, Double> f = result.figures();

    // Clause 1 finds its one heading; clause 2 finds one of its two ("No Such Heading" is not MeSH
    // and is dropped).
    assertThat(f.get("clef-2099-testing.exact.p@1")).isEqualTo(1.0);
    assertThat(f.get("clef-2099-testing.exact.r@1")).isEqualTo(0.75);
    assertThat(f.get("clef-2099-testing.exact.f1@1")).isCloseTo((1.0 + 2.0 / 3) / 2, within(1e-9));
    assertThat(f.get("clef-2099-testing.exact.p@5")).isCloseTo(0.2, within(1e-9));
    assertThat(f.get("clef-2099-testing.fusion.r@10")).isEqualTo(0.75);
    // The baseline run has clause 1 only, its heading at rank 2.
    assertThat(f.get("clef-2099-testing.baseline-atm.p@1")).isEqualTo(0.0);
    assertThat(f.get("clef-2099-testing.baseline-atm.r@3")).isEqualTo(0.5);
    assertThat(result.report())
        .contains("CLEF-2099/testing: 2 clauses with gold headings, 1 gold names not in MeSH")
        .contains("baseline-atm");
  }

  @Test
  void rejectsAFolderWithoutClauses() throws Exception {
    MeshVocabulary mesh =
        MeshVocabulary.load(
            Path.of(getClass().getResource("/mesh-fixture/desc-fixture.xml").toURI()));
    MeshSuggestBenchmark bench = new MeshSuggestBenchmark(MeshSuggester.builder(mesh).build());
    Path empty = Path.of(getClass().getResource("/mesh-fixture/tables").toURI());
    assertThatThrownBy(() -> bench.run(empty))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no TOPIC/CLAUSE");
  }
}
