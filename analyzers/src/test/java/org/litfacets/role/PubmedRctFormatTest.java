package org.litfacets.role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.litfacets.article.Role;

class PubmedRctFormatTest {

  static Path resource(String name) {
    try {
      return Path.of(PubmedRctFormatTest.class.getResource("/role/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void readsAbstractsWithRoles() {
    List<LabelledAbstract> abstracts = PubmedRctFormat.read(resource("rct-sample.txt"));

    assertThat(abstracts).extracting(LabelledAbstract::id).containsExactly("1001", "1002", "1003");
    LabelledAbstract first = abstracts.get(0);
    assertThat(first.sentences())
        .hasSize(6)
        .first()
        .isEqualTo("Headaches are common in office workers.");
    assertThat(first.roles())
        .containsExactly(
            Role.BACKGROUND,
            Role.OBJECTIVE,
            Role.METHODS,
            Role.METHODS,
            Role.RESULTS,
            Role.CONCLUSIONS);
    assertThat(PubmedRctFormat.looksLike(resource("rct-sample.txt"))).isTrue();
    assertThat(PubmedRctFormat.looksLike(resource("pqal-sample.json"))).isFalse();
  }

  @Test
  void rejectsUnknownLabelsWithTheLine(@TempDir Path dir) throws IOException {
    Path bad =
        Files.writeString(dir.resolve("bad.txt"), "###1\nBACKGROUND\tFine.\nFOO\tNot a role.\n");

    assertThatThrownBy(() -> PubmedRctFormat.read(bad))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bad.txt:3")
        .hasMessageContaining("'FOO'");
  }

  @Test
  void rejectsSentencesBeforeAnId(@TempDir Path dir) throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.txt"), "BACKGROUND\tNo id yet.\n");

    assertThatThrownBy(() -> PubmedRctFormat.read(bad))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bad.txt:1");
  }
}
