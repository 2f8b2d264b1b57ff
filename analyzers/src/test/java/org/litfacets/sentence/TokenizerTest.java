package org.litfacets.sentence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenizerTest {

  @Test
  void splitsRunsOfLettersAndDigitsAndSinglePunctuation() {
    String text = "IL-2 (p53) 5-FU.";
    assertThat(new Tokenizer().tokenize(text))
        .extracting(s -> s.of(text))
        .containsExactly("IL", "-", "2", "(", "p53", ")", "5", "-", "FU", ".");
    assertThat(new Tokenizer().tokenize(text).get(4)).isEqualTo(new Span(6, 9));
  }
}
