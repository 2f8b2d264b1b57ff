package org.litfacets.role;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.litfacets.article.Role;
import org.litfacets.sentence.SentenceSplitter;

class EbmNlpCorpusTest {

  @Test
  void readsTheAbstractsWithInlineHeadingsFromTheTokens() throws Exception {
    Path file = resource("ebm-nlp-sample.txt");
    assertThat(EbmNlpCorpus.looksLike(file)).isTrue();
    assertThat(EbmNlpCorpus.looksLike(resource("scifact-sample.jsonl"))).isFalse();

    List<LabelledAbstract> gold = EbmNlpCorpus.read(file, new SentenceSplitter());

    // the second has no headings, the third one that names no role ("TRIAL REGISTRATION")
    assertThat(gold).extracting(LabelledAbstract::id).containsExactly("ebm-nlp-sample.txt#1");
    assertThat(gold.get(0).sentences())
        .containsExactly(
            "Headaches are common.",
            "To test walks (daily).",
            "We randomised 120 workers.",
            "Walkers had fewer headaches (12 3%).",
            "Walks help.");
    assertThat(gold.get(0).roles())
        .containsExactly(
            Role.BACKGROUND, Role.OBJECTIVE, Role.METHODS, Role.RESULTS, Role.CONCLUSIONS);
  }

  @Test
  void theRoleBenchmarkScoresEveryAbstractOfTheFile() throws Exception {
    assertThat(RoleBenchmark.readHeldOut(resource("ebm-nlp-sample.txt")))
        .extracting(LabelledAbstract::id)
        .containsExactly("ebm-nlp-sample.txt#1");
  }

  @Test
  void theRoleTrainerTakesEveryAbstractOfTheFile() throws Exception {
    assertThat(
            RoleTrainer.readInputs(List.of(resource("ebm-nlp-sample.txt")), new SentenceSplitter()))
        .extracting(LabelledAbstract::id)
        .containsExactly("ebm-nlp-sample.txt#1");
  }

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(EbmNlpCorpusTest.class.getResource("/role/" + name).toURI());
  }
}
