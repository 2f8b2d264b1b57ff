package org.litfacets.role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.litfacets.role.PubmedRctFormatTest.resource;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.litfacets.article.Role;

class RoleClassifierTest {

  @Test
  void learnsTheRolesOfItsTrainingAbstractsAndSurvivesSaveAndLoad(@TempDir Path dir) {
    Path file = dir.resolve("models/roles.bin");
    RoleModel trained = RoleTrainer.trainAndSave(List.of(resource("rct-sample.txt")), file);
    List<LabelledAbstract> abstracts = PubmedRctFormat.read(resource("rct-sample.txt"));

    RoleClassifier fromMemory = new RoleClassifier(trained);
    RoleClassifier fromDisk = new RoleClassifier(RoleModel.loadOrTrain(file, List::of));
    for (LabelledAbstract a : abstracts) {
      assertThat(fromMemory.classify(a.sentences())).as(a.id()).isEqualTo(a.roles());
      assertThat(fromDisk.classify(a.sentences())).as(a.id()).isEqualTo(a.roles());
    }
  }

  @Test
  void decodesAnUnseenAbstractInOrder(@TempDir Path dir) {
    RoleModel model =
        RoleTrainer.trainAndSave(List.of(resource("rct-sample.txt")), dir.resolve("roles.bin"));

    List<Role> roles =
        new RoleClassifier(model)
            .classify(
                List.of(
                    "Back pain is common in nurses.",
                    "We randomised 80 nurses to yoga or usual care.",
                    "Pain scores fell more with yoga ( p < 0.01 ) ."));

    assertThat(roles).containsExactly(Role.BACKGROUND, Role.METHODS, Role.RESULTS);
    assertThat(new RoleClassifier(model).classify(List.of())).isEmpty();
  }

  @Test
  void missingModelWithoutInputsIsAClearError(@TempDir Path dir) {
    assertThatThrownBy(() -> RoleModel.loadOrTrain(dir.resolve("roles.bin"), List::of))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no training input");
  }
}
