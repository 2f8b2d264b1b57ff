package org.litfacets.role;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.litfacets.article.AbstractSection;
import org.litfacets.article.Role;
import org.litfacets.sentence.SentenceSplitter;

class LabelledAbstractTest {

  private final SentenceSplitter splitter = new SentenceSplitter();

  @Test
  void sentencesTakeTheRoleOfTheirPart() {
    LabelledAbstract a =
        LabelledAbstract.of(
                "42",
                List.of(
                    new AbstractSection("INTRODUCTION", null, "Falls are common. They cost a lot."),
                    new AbstractSection(
                        "Patients and methods", "METHODS", "We followed 90 patients."),
                    new AbstractSection("Discussion", "CONCLUSIONS", "Exercise prevents falls.")),
                splitter)
            .orElseThrow();

    assertThat(a.id()).isEqualTo("42");
    assertThat(a.sentences())
        .containsExactly(
            "Falls are common.",
            "They cost a lot.",
            "We followed 90 patients.",
            "Exercise prevents falls.");
    assertThat(a.roles())
        .containsExactly(Role.BACKGROUND, Role.BACKGROUND, Role.METHODS, Role.CONCLUSIONS);
  }

  @Test
  void anAbstractWithAPartWithoutRoleIsLeftOut() {
    assertThat(
            LabelledAbstract.of(
                "43",
                List.of(
                    new AbstractSection("BACKGROUND", "BACKGROUND", "Falls are common."),
                    new AbstractSection("TRIAL REGISTRATION", "UNASSIGNED", "NCT000001.")),
                splitter))
        .isEmpty();
    assertThat(LabelledAbstract.of("44", List.of(), splitter)).isEmpty();
  }
}
