package org.litfacets.query;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a query into tokens. A token starting with {@code @} is an entity and one starting with
 * {@code relations:} a relation search, each running to the next space or bracket. Context decides
 * only two things here, both by looking ahead in the text: whether a dot starts an Ovid field
 * suffix ({@code asthma.ti,ab.}) or belongs to a word ({@code 0.5}), and whether a slash is part of
 * a date ({@code 2010/01/01}) or separates a heading from its subheading.
 */
final class Lexer {
  private final String text;
  private final int limit;
  private final Positions positions;
  private int i;

  private Lexer(String text, int start, int end, Positions positions) {
    this.text = text;
    this.limit = end;
    this.positions = positions;
    this.i = start;
  }

  /** The tokens of {@code text} between {@code start} and {@code end}, ending with an END token. */
  static List<Token> tokens(String text, int start, int end, Positions positions)
      throws QuerySyntaxException {
    Lexer lexer = new Lexer(text, start, end, positions);
    List<Token> out = new ArrayList<>();
    Token t;
    do {
      t = lexer.next();
      out.add(t);
    } while (!t.is(Token.Kind.END));
    return out;
  }

  private Token next() throws QuerySyntaxException {
    while (i < limit && isSpace(text.charAt(i))) {
      i++;
    }
    int start = i;
    if (i >= limit) {
      return token(Token.Kind.END, "", start);
    }
    char c = text.charAt(i);
    switch (c) {
      case '(' -> {
        i++;
        return token(Token.Kind.LPAREN, "(", start);
      }
      case ')' -> {
        i++;
        return token(Token.Kind.RPAREN, ")", start);
      }
      case '/' -> {
        i++;
        return token(Token.Kind.SLASH, "/", start);
      }
      case '=' -> {
        i++;
        return token(Token.Kind.EQUALS, "=", start);
      }
      case '[' -> {
        int close = text.indexOf(']', i + 1);
        if (close < 0 || close >= limit) {
          throw positions.error(limit, "expected ']' but found end of line");
        }
        i = close + 1;
        return token(Token.Kind.TAG, text.substring(start + 1, close), start);
      }
      case ']' -> throw positions.error(start, "expected a term but found ']'");
      case '{' -> {
        // Solr's local parameters would read as words and silently find nothing; say so instead.
        if (i + 1 < limit && text.charAt(i + 1) == '!') {
          throw positions.error(
              start,
              "expected a term but found '{!', Solr's local-parameter syntax, which this query "
                  + "language does not take; put the text in quotes to search it as words");
        }
      }
      default -> {
        // fall through to the multi-character tokens below
      }
    }
    if (isQuote(c)) {
      int close = i + 1;
      while (close < limit && !isQuote(text.charAt(close))) {
        close++;
      }
      if (close >= limit) {
        throw positions.error(limit, "expected a closing quote but found end of line");
      }
      i = close + 1;
      return token(Token.Kind.QUOTED, text.substring(start + 1, close), start);
    }
    if (c == '.') {
      Token suffix =
          suffixAt(
              start,
              start > 0 && (text.charAt(start - 1) == ')' || isQuote(text.charAt(start - 1))));
      if (suffix != null) {
        i = suffix.end();
        return suffix;
      }
    }
    if (c == '@') {
      return entityText(Token.Kind.ENTITY, start);
    }
    if (text.regionMatches(true, start, Query.Relation.PREFIX, 0, Query.Relation.PREFIX.length())
        && start + Query.Relation.PREFIX.length() < limit
        && !Query.Entity.endsText(text.charAt(start + Query.Relation.PREFIX.length()))) {
      return entityText(Token.Kind.RELATION, start);
    }
    if (c == '#' && i + 1 < limit && Character.isLetterOrDigit(text.charAt(i + 1))) {
      i++;
      while (i < limit && Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      return token(Token.Kind.HASH, text.substring(start + 1, i), start);
    }
    return word(start);
  }

  /**
   * An entity or a relation search: everything up to a space, parenthesis, bracket or quote, since
   * names and identifiers hold dots, slashes, colons and bars ({@code @VARIANT_p.V600E}); the
   * parser reads what it holds.
   */
  private Token entityText(Token.Kind kind, int start) {
    while (i < limit && !Query.Entity.endsText(text.charAt(i))) {
      i++;
    }
    return token(kind, text.substring(start, i), start);
  }

  private Token word(int start) {
    // A DOI holds slashes, dots and colons of its own: after the doi: alias everything up to a
    // space is the value.
    if (text.regionMatches(true, start, "doi:", 0, 4)) {
      while (i < limit
          && !isSpace(text.charAt(i))
          && text.charAt(i) != ')'
          && !isQuote(text.charAt(i))
          && text.charAt(i) != '[') {
        i++;
      }
      return token(Token.Kind.WORD, text.substring(start, i), start);
    }
    boolean numeric = Character.isDigit(text.charAt(start));
    while (i < limit) {
      char c = text.charAt(i);
      if (endsWord(c) && c != '/') {
        break;
      }
      if (c == '/' && !(numeric && i + 1 < limit && Character.isDigit(text.charAt(i + 1)))) {
        break;
      }
      if (c == '.' && i > start && suffixAt(i, false) != null) {
        break;
      }
      i++;
    }
    return token(Token.Kind.WORD, text.substring(start, i), start);
  }

  /**
   * The Ovid field suffix starting at the dot at {@code dot}, or null: known two-letter codes
   * separated by commas, an optional closing dot, then a space, bracket or the end.
   */
  private Token suffixAt(int dot, boolean spaceAllowed) {
    int j = dot + 1;
    if (spaceAllowed) {
      while (j < limit && text.charAt(j) == ' ') {
        j++;
      }
    }
    List<String> codes = new ArrayList<>();
    while (j + 2 <= limit) {
      String code = text.substring(j, j + 2);
      boolean endsThere = j + 2 == limit || !Character.isLetterOrDigit(text.charAt(j + 2));
      if (!Character.isLetter(code.charAt(0))
          || !Character.isLetter(code.charAt(1))
          || !endsThere
          || !FieldTags.isOvidCode(code)) {
        break;
      }
      codes.add(code);
      j += 2;
      int k = j;
      while (k < limit && text.charAt(k) == ' ') {
        k++;
      }
      if (k < limit && text.charAt(k) == ',') {
        j = k + 1;
        while (j < limit && text.charAt(j) == ' ') {
          j++;
        }
      } else {
        break;
      }
    }
    if (codes.isEmpty()) {
      return null;
    }
    if (j < limit && text.charAt(j) == '.') {
      j++;
    }
    if (j < limit && !endsWord(text.charAt(j))) {
      return null;
    }
    return new Token(Token.Kind.SUFFIX, text.substring(dot, j), dot, j, List.copyOf(codes));
  }

  private Token token(Token.Kind kind, String value, int start) {
    return new Token(kind, value, start, i, List.of());
  }

  /**
   * Characters a word stops at (a slash only outside dates). A field suffix must be followed by one
   * of them, so that a word never ends in something that reads as a suffix once a space follows it.
   */
  private static boolean endsWord(char c) {
    return isSpace(c)
        || c == '('
        || c == ')'
        || c == '['
        || c == ']'
        || c == '='
        || c == '/'
        || isQuote(c);
  }

  static boolean isQuote(char c) {
    return c == '"' || c == '\u201c' || c == '\u201d' || c == '\u201e';
  }

  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
