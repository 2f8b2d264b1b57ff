package org.litfacets.role;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The training abstracts of several role corpora: each corpus's training part ({@link
 * HeldOutSplit}), less every abstract that is also held out in some corpus (the same abstract can
 * come from PubMedQA, PubMed XML and SciFact under different ids) and less repeats.
 */
public final class RoleTrainingSet {

  private static final Logger LOG = LoggerFactory.getLogger(RoleTrainingSet.class);

  /** Letters and digits of the opening of an abstract: the same abstract whatever its source. */
  private static final int KEY_LENGTH = 200;

  private RoleTrainingSet() {}

  /** {@code corpora}: every labelled abstract of each corpus by name, both parts. */
  public static List<LabelledAbstract> of(Map<String, List<LabelledAbstract>> corpora) {
    Set<String> heldOut = new HashSet<>();
    for (List<LabelledAbstract> corpus : corpora.values()) {
      for (LabelledAbstract a : HeldOutSplit.heldOutPart(corpus)) {
        heldOut.add(key(a));
      }
    }
    Set<String> seen = new HashSet<>();
    List<LabelledAbstract> training = new ArrayList<>();
    for (Map.Entry<String, List<LabelledAbstract>> corpus : corpora.entrySet()) {
      int taken = 0;
      int dropped = 0;
      for (LabelledAbstract a : HeldOutSplit.trainingPart(corpus.getValue())) {
        String key = key(a);
        if (heldOut.contains(key) || !seen.add(key)) {
          dropped++;
        } else {
          training.add(a);
          taken++;
        }
      }
      LOG.info(
          "role training set: {} abstracts from {} ({} held out elsewhere or repeated)",
          taken,
          corpus.getKey(),
          dropped);
    }
    return training;
  }

  static String key(LabelledAbstract a) {
    StringBuilder key = new StringBuilder();
    for (String sentence : a.sentences()) {
      for (char c : sentence.toLowerCase(Locale.ROOT).toCharArray()) {
        if (Character.isLetterOrDigit(c)) {
          key.append(c);
          if (key.length() == KEY_LENGTH) {
            return key.toString();
          }
        }
      }
    }
    return key.toString();
  }
}
