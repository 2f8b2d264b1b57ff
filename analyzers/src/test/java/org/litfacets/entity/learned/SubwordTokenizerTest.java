package org.litfacets.entity.learned;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.litfacets.sentence.Span;

class SubwordTokenizerTest {

  @Test
  void splitsLettersDigitsAndEachOtherCharacter() {
    String text = "5-FU-induced Pro75Ala (TNF-α),  ok";
    List<String> tokens = SubwordTokenizer.tokenize(text).stream().map(s -> s.of(text)).toList();
    assertThat(tokens)
        .containsExactly(
            "5", "-", "FU", "-", "induced", "Pro", "75", "Ala", "(", "TNF", "-", "α", ")", ",",
            "ok");
  }

  @Test
  void spansPointIntoTheText() {
    assertThat(SubwordTokenizer.tokenize(" ab12 ")).containsExactly(new Span(1, 3), new Span(3, 5));
    assertThat(SubwordTokenizer.tokenize("   ")).isEmpty();
  }
}
