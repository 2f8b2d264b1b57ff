package org.litfacets.role;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.litfacets.article.AbstractSection;

class InlineHeadingsTest {

  @Test
  void cutsTheTextAtEachHeading() {
    assertThat(
            InlineHeadings.sections(
                "OBJECTIVE To test walks. METHODS AND RESULTS In 30 HIV-infected adults, pain fell."
                    + " CONCLUSIONS: Walks help."))
        .contains(
            List.of(
                new AbstractSection("OBJECTIVE", null, "To test walks."),
                new AbstractSection(
                    "METHODS AND RESULTS", null, "In 30 HIV-infected adults, pain fell."),
                new AbstractSection("CONCLUSIONS", null, "Walks help.")));
  }

  @Test
  void aTextThatDoesNotOpenWithAKnownHeadingIsNotStructured() {
    assertThat(InlineHeadings.sections("Walks help. RESULTS Pain fell.")).isEmpty();
    assertThat(InlineHeadings.sections("BACKGROUND Pain is common. USA Today reported it."))
        .isEmpty();
    assertThat(InlineHeadings.sections("HIV infection is common.")).isEmpty();
  }
}
