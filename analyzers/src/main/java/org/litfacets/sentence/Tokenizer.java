package org.litfacets.sentence;

import java.util.ArrayList;
import java.util.List;

/**
 * A fast rule tokenizer: a token is a maximal run of letters and digits, or a single other
 * non-space character. Rules rather than a model because dictionary matching runs it over every
 * abstract and needs predictable, hyphen-splitting tokens ("IL-2" is "IL", "-", "2").
 */
public final class Tokenizer {

  public List<Span> tokenize(String text) {
    return tokenize(text, 0, text.length());
  }

  public List<Span> tokenize(String text, int from, int to) {
    List<Span> tokens = new ArrayList<>();
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (Character.isLetterOrDigit(c)) {
        int start = i;
        while (i < to && Character.isLetterOrDigit(text.charAt(i))) {
          i++;
        }
        tokens.add(new Span(start, i));
      } else {
        tokens.add(new Span(i, i + 1));
        i++;
      }
    }
    return tokens;
  }
}
