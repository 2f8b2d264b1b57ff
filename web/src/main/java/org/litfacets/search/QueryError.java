package org.litfacets.search;

import java.util.List;

/**
 * Why a query (or one line of a search history) cannot be searched, and where: {@code line} is the
 * history's line number (1 for a single query), {@code column} 1-based within that line.
 *
 * @param suggestions the closest MeSH headings when a heading is unknown; empty otherwise
 */
public record QueryError(int line, int column, String message, List<String> suggestions) {
  public QueryError {
    suggestions = List.copyOf(suggestions);
  }

  /** "line 2, column 7: expected ')' but found end of line", for messages that stand alone. */
  public String describe() {
    return "line " + line + ", column " + column + ": " + message;
  }
}
