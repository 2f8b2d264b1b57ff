package org.litfacets.query;

/**
 * The one error parsing can raise, whatever the input: where (line and 1-based column of the input)
 * and what was expected, e.g. {@code line 3, column 17: expected ')' but found end of line}.
 */
public final class QuerySyntaxException extends Exception {
  private final int line;
  private final int column;
  private final String problem;

  public QuerySyntaxException(int line, int column, String problem) {
    super("line " + line + ", column " + column + ": " + problem);
    this.line = line;
    this.column = column;
    this.problem = problem;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }

  /** The message without its position. */
  public String problem() {
    return problem;
  }
}
