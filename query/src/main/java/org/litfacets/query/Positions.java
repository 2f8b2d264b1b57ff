package org.litfacets.query;

import java.util.ArrayList;
import java.util.List;

/**
 * Line and 1-based column of an offset in the whole input, so that errors inside a history point at
 * its text.
 */
final class Positions {
  private final int[] lineStarts;

  Positions(String source) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < source.length(); i++) {
      if (source.charAt(i) == '\n') {
        starts.add(i + 1);
      }
    }
    lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
  }

  QuerySyntaxException error(int offset, String problem) {
    int line = lineOf(offset);
    return new QuerySyntaxException(line + 1, offset - lineStarts[line] + 1, problem);
  }

  int lineNumber(int offset) {
    return lineOf(offset) + 1;
  }

  private int lineOf(int offset) {
    int lo = 0;
    int hi = lineStarts.length - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (lineStarts[mid] <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }
}
