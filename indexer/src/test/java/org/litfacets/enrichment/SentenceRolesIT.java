package org.litfacets.enrichment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.litfacets.article.Role;
import org.litfacets.role.RoleClassifier;
import org.litfacets.testing.SharedData;

/** Golden roles of the model trained on the shared structured abstracts, on unstructured text. */
class SentenceRolesIT {

  private static RoleClassifier classifier;

  @BeforeAll
  static void load() {
    SharedData.require("pubmedqa/ori_pqal.json");
    classifier =
        new RoleClassifier(RoleCorpora.loadOrTrainIn(SharedData.models(), SharedData.root()));
  }

  @Test
  void anAbstractThatOpensWithItsAim() {
    assertThat(
            classifier.classify(
                List.of(
                    "To assess the diagnostic accuracy of procalcitonin for bacterial infection in"
                        + " febrile infants.",
                    "This prospective cohort study enrolled 512 infants younger than 90 days"
                        + " presenting with fever.",
                    "Procalcitonin had an area under the curve of 0.91 (95% CI 0.87-0.95).",
                    "Procalcitonin identifies infants at low risk of invasive bacterial infection.")))
        .containsExactly(Role.OBJECTIVE, Role.METHODS, Role.RESULTS, Role.CONCLUSIONS);
  }

  @Test
  void anAimAfterTwoSentencesOfContextStaysInTheBackground() {
    // Structured abstracts file such an aim under BACKGROUND about as often as under OBJECTIVE
    // (PubMedQA: 53 against 58 for two-sentence openings), and the model follows the first.
    assertThat(
            classifier.classify(
                List.of(
                    "Falls are a leading cause of injury in older adults.",
                    "Balance training may prevent falls, but its effect in care homes is unclear.",
                    "We aimed to determine whether a 12-week balance programme reduces falls in"
                        + " care-home residents.",
                    "We randomly assigned 240 residents of 16 care homes to balance training or"
                        + " usual care.",
                    "The primary outcome was the number of falls over 6 months.",
                    "Residents in the training group had fewer falls than controls (rate ratio"
                        + " 0.62, 95% CI 0.48-0.80; p < 0.001).",
                    "No serious adverse events were recorded.",
                    "Balance training reduces falls in care-home residents and should be offered"
                        + " routinely.")))
        .containsExactly(
            Role.BACKGROUND,
            Role.BACKGROUND,
            Role.BACKGROUND,
            Role.METHODS,
            Role.METHODS,
            Role.RESULTS,
            Role.RESULTS,
            Role.CONCLUSIONS);
  }
}
