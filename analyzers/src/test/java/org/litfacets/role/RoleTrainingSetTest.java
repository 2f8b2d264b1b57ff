package org.litfacets.role;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.litfacets.article.Role;

class RoleTrainingSetTest {

  @Test
  void anAbstractHeldOutInOneCorpusIsNotTrainedOnFromAnother() {
    List<LabelledAbstract> first = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      first.add(labelled("p" + i, "Abstract number " + i + " is about walks."));
    }
    LabelledAbstract heldOut = HeldOutSplit.heldOutPart(first).get(0);
    LabelledAbstract kept = HeldOutSplit.trainingPart(first).get(0);
    // the same texts under ids that the split puts into the training part
    List<LabelledAbstract> second = new ArrayList<>();
    for (int i = 0; second.size() < 2; i++) {
      String id = "s" + i;
      if (!HeldOutSplit.isHeldOut(id)) {
        second.add(labelled(id, (second.isEmpty() ? heldOut : kept).sentences().get(0)));
      }
    }
    Map<String, List<LabelledAbstract>> corpora = new LinkedHashMap<>();
    corpora.put("first", first);
    corpora.put("second", second);

    List<LabelledAbstract> training = RoleTrainingSet.of(corpora);

    assertThat(training).hasSize(HeldOutSplit.trainingPart(first).size());
    assertThat(training).extracting(LabelledAbstract::id).allMatch(id -> id.startsWith("p"));
    assertThat(training).doesNotContain(heldOut);
  }

  private static LabelledAbstract labelled(String id, String sentence) {
    return new LabelledAbstract(id, List.of(sentence), List.of(Role.BACKGROUND));
  }
}
