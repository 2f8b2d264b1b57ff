package org.litfacets.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextLayoutTest {
  private static Article article(String title, AbstractSection... sections) {
    return Article.ofText("1", title, List.of(sections));
  }

  @Test
  void titleThenEachPartSeparatedByOneSpace() {
    AbstractSection aims = new AbstractSection("AIMS", "OBJECTIVE", "To test.");
    AbstractSection results = new AbstractSection("RESULTS", "RESULTS", "It works.");
    TextLayout layout = article("A title", aims, results).layout();

    assertThat(layout.text()).isEqualTo("A title To test. It works.");
    assertThat(layout.titleEnd()).isEqualTo(7);
    assertThat(layout.abstractStart()).isEqualTo(8);
    assertThat(layout.parts())
        .containsExactly(new TextLayout.Part(aims, 8, 16), new TextLayout.Part(results, 17, 26));
    assertThat(layout.text().substring(17, 26)).isEqualTo("It works.");
    assertThat(article("A title", aims, results).analysisText()).isEqualTo(layout.text());
  }

  @Test
  void offsetsFindTheirPart() {
    AbstractSection aims = new AbstractSection("AIMS", "OBJECTIVE", "To test.");
    AbstractSection results = new AbstractSection("RESULTS", "RESULTS", "It works.");
    TextLayout layout = article("A title", aims, results).layout();

    assertThat(layout.partAt(3)).isEmpty();
    assertThat(layout.partAt(8).orElseThrow().section()).isEqualTo(aims);
    assertThat(layout.partAt(16).orElseThrow().section()).isEqualTo(aims);
    assertThat(layout.partAt(17).orElseThrow().section()).isEqualTo(results);
  }

  @Test
  void noTitleAndNoAbstractStillLeaveTheSeparatingSpace() {
    TextLayout layout = article(null).layout();
    assertThat(layout.text()).isEqualTo(" ");
    assertThat(layout.parts()).isEmpty();
    assertThat(layout.partAt(1)).isEmpty();
  }
}
