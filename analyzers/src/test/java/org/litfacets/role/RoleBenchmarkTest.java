package org.litfacets.role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.litfacets.role.PubmedRctFormatTest.resource;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoleBenchmarkTest {

  @Test
  void scoresFromTheConfusionMatrix() {
    String[] roles = {"A", "B"};
    // gold A: 3 right, 1 taken for B; gold B: 2 taken for A, 4 right.
    long[][] confusion = {{3, 1}, {2, 4}};
    RoleBenchmark.Result r = new RoleBenchmark.Result("toy", roles, confusion, 2, 0.5);

    assertThat(r.precision(0)).isCloseTo(3 / 5.0, within(1e-9));
    assertThat(r.recall(0)).isCloseTo(3 / 4.0, within(1e-9));
    assertThat(r.f1(1)).isCloseTo(2 * 0.8 * (4 / 6.0) / (0.8 + 4 / 6.0), within(1e-9));
    assertThat(r.microF1()).isCloseTo(0.7, within(1e-9));
    assertThat(r.macroF1()).isCloseTo((r.f1(0) + r.f1(1)) / 2, within(1e-9));
    assertThat(r.figures())
        .containsEntry("role.micro.f1", 0.7)
        .containsKey("role.b.recall")
        .containsKey("role.ms_per_abstract");
    assertThat(r.report()).contains("micro-F1").contains("confusion");
  }

  @Test
  void benchmarksAPubmedRctFile(@TempDir Path dir) {
    RoleModel model =
        RoleTrainer.trainAndSave(List.of(resource("rct-sample.txt")), dir.resolve("roles.bin"));

    RoleBenchmark.Result r = RoleBenchmark.run(resource("rct-sample.txt"), model);

    assertThat(r.abstracts()).isEqualTo(3);
    assertThat(r.sentences()).isEqualTo(17);
    assertThat(r.microF1()).isEqualTo(1.0);
  }
}
