package org.litfacets.query;

import java.util.List;

/**
 * One token of a query: its kind, its text (without quotes or brackets) and where it sits in the
 * input.
 *
 * @param codes the field codes of a {@link Kind#SUFFIX}, empty otherwise
 */
record Token(Kind kind, String text, int start, int end, List<String> codes) {
  enum Kind {
    /**
     * A run of characters up to a space or a punctuation mark that means something: a word, number
     * or UI.
     */
    WORD,
    /** The inside of straight or curly double quotes. */
    QUOTED,
    LPAREN,
    RPAREN,
    SLASH,
    EQUALS,
    /**
     * The inside of square brackets: a PubMed field tag, or an annotation Ovid prints after
     * headings.
     */
    TAG,
    /** An Ovid field suffix such as {@code .ti,ab.}. */
    SUFFIX,
    /** A PubMed history reference {@code #3}: the text is the label after the hash. */
    HASH,
    /** A PubTator entity, {@code @CHEMICAL_Doxorubicin}: the text includes the {@code @}. */
    ENTITY,
    /** A PubTator relation search, {@code relations:ANY|@CHEMICAL_x|@DISEASE_y}, whole. */
    RELATION,
    END
  }

  boolean is(Kind k) {
    return kind == k;
  }

  boolean isWord(String lowerCase) {
    return kind == Kind.WORD && text.equalsIgnoreCase(lowerCase);
  }
}
