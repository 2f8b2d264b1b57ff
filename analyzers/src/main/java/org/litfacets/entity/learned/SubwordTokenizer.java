package org.litfacets.entity.learned;

import java.util.ArrayList;
import java.util.List;
import org.litfacets.sentence.Span;

/**
 * Splits text into the units the CRF labels: runs of letters, runs of digits, and every other
 * non-space character on its own. Corpus mention boundaries fall inside words such as
 * "5-fluorouracil-induced" or "Pro75Ala"; with this split, every BC5CDR and NCBI-disease training
 * mention and all but 0.4% of BioRED's begin and end on a unit boundary, which a word tokenizer
 * cannot offer.
 */
public final class SubwordTokenizer {

  private SubwordTokenizer() {}

  public static List<Span> tokenize(String text) {
    List<Span> tokens = new ArrayList<>(text.length() / 4 + 1);
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        i++;
        continue;
      }
      int start = i;
      if (Character.isLetter(c)) {
        while (i < n && Character.isLetter(text.charAt(i))) {
          i++;
        }
      } else if (Character.isDigit(c)) {
        while (i < n && Character.isDigit(text.charAt(i))) {
          i++;
        }
      } else {
        i++;
      }
      tokens.add(new Span(start, i));
    }
    return tokens;
  }
}
