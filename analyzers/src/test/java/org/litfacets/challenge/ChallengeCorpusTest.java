package org.litfacets.challenge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.litfacets.article.ChallengeLabel;

class ChallengeCorpusTest {

  static Path resource(String name) {
    try {
      return Path.of(ChallengeCorpusTest.class.getResource("/challenge/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void readsSentencesInContextWithLabels() {
    List<ChallengeSentence> s = ChallengeCorpus.read(resource("sentences.csv"));

    assertThat(s).hasSize(8);
    assertThat(s.get(0).id()).isEqualTo("P1_1");
    assertThat(s.get(0).previous()).isEmpty();
    assertThat(s.get(0).next()).isEqualTo("Here we study entry.");
    assertThat(s.get(0).labels()).containsExactly(ChallengeLabel.CHALLENGE);
    assertThat(s.get(1).labels()).containsExactly(ChallengeLabel.DIRECTION);
    assertThat(s.get(2).labels()).isEmpty();
    assertThat(s.get(3).previous()).isEqualTo("A line\nbroken inside quotes.");
    assertThat(s.get(3).labels())
        .isEqualTo(Set.of(ChallengeLabel.CHALLENGE, ChallengeLabel.DIRECTION));
    assertThat(s.get(4).section()).isEqualTo("abstract");
  }

  @Test
  void rejectsFilesWithoutTheLabelColumnsOrWithBadLabels(@TempDir Path dir) throws IOException {
    Path noLabels =
        Files.writeString(
            dir.resolve("a.csv"),
            "sentence_id,section_name,prev_sentence,text,next_sentence\nx,s,|,t,|\n");
    Path badLabel =
        Files.writeString(
            dir.resolve("b.csv"),
            "sentence_id,section_name,prev_sentence,text,next_sentence,problem,direction\nx,s,|,t,|,yes,0\n");

    assertThatThrownBy(() -> ChallengeCorpus.read(noLabels))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("missing column 'problem'");
    assertThatThrownBy(() -> ChallengeCorpus.read(badLabel))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("problem must be 0 or 1, got 'yes'");
    assertThatThrownBy(() -> ChallengeCorpus.read(dir.resolve("none.csv")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("does not exist");
  }
}
