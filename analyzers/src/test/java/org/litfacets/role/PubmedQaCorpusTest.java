package org.litfacets.role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.litfacets.role.PubmedRctFormatTest.resource;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.litfacets.article.Role;
import org.litfacets.sentence.SentenceSplitter;

class PubmedQaCorpusTest {

  @Test
  void splitsPassagesIntoSentencesWithThePassageRoleAndAddsTheConclusion() {
    List<LabelledAbstract> abstracts =
        PubmedQaCorpus.read(resource("pqal-sample.json"), new SentenceSplitter());

    // 222 has an "UNLABELLED" passage and is left out whole.
    assertThat(abstracts).extracting(LabelledAbstract::id).containsExactly("111", "333");
    LabelledAbstract walks = abstracts.get(0);
    assertThat(walks.sentences())
        .containsExactly(
            "Headaches are common.",
            "Walks may help.",
            "We randomised 120 workers.",
            "Walks help.");
    assertThat(walks.roles())
        .containsExactly(Role.BACKGROUND, Role.BACKGROUND, Role.METHODS, Role.CONCLUSIONS);
    assertThat(abstracts.get(1).roles()).containsExactly(Role.OBJECTIVE, Role.RESULTS);
  }

  @Test
  void heldOutPartIsAFixedFifthDisjointFromTraining() {
    List<LabelledAbstract> many =
        IntStream.range(0, 2000)
            .mapToObj(
                i ->
                    new LabelledAbstract(
                        String.valueOf(10_000_000 + i), List.of("x"), List.of(Role.RESULTS)))
            .toList();

    List<LabelledAbstract> heldOut = PubmedQaCorpus.heldOutPart(many);
    List<LabelledAbstract> training = PubmedQaCorpus.trainingPart(many);

    assertThat(heldOut.size() + training.size()).isEqualTo(2000);
    assertThat(heldOut.size()).isBetween(340, 460);
    assertThat(heldOut).doesNotContainAnyElementsOf(training);
    assertThat(PubmedQaCorpus.heldOutPart(many)).isEqualTo(heldOut);
  }
}
