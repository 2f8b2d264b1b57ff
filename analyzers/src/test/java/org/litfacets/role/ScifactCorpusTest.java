package org.litfacets.role;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.litfacets.article.Role;
import org.litfacets.sentence.SentenceSplitter;

class ScifactCorpusTest {

  private final SentenceSplitter splitter = new SentenceSplitter();

  @Test
  void readsTheStructuredAbstractsAndLeavesMixedHeadingsOutOfTraining() throws Exception {
    Path file = resource("scifact-sample.jsonl");
    assertThat(ScifactCorpus.looksLike(file)).isTrue();

    List<LabelledAbstract> gold = ScifactCorpus.read(file, splitter);
    List<LabelledAbstract> training = ScifactCorpus.readForTraining(file, splitter);

    assertThat(gold).extracting(LabelledAbstract::id).containsExactly("11", "13");
    assertThat(training).extracting(LabelledAbstract::id).containsExactly("11");
    assertThat(gold.get(0).sentences())
        .containsExactly(
            "Headaches are common.",
            "To test walks.",
            "We randomised 120 workers.",
            "Walkers had fewer headaches.",
            "Walks help.");
    assertThat(gold.get(0).roles())
        .containsExactly(
            Role.BACKGROUND, Role.OBJECTIVE, Role.METHODS, Role.RESULTS, Role.CONCLUSIONS);
    // NLM files "METHODS AND RESULTS" under METHODS, and so does the gold
    assertThat(gold.get(1).roles()).containsExactly(Role.OBJECTIVE, Role.METHODS, Role.CONCLUSIONS);
  }

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(ScifactCorpusTest.class.getResource("/role/" + name).toURI());
  }
}
