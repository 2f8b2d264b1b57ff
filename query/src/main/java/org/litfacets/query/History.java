package org.litfacets.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.litfacets.query.Query.And;
import org.litfacets.query.Query.Near;
import org.litfacets.query.Query.Not;
import org.litfacets.query.Query.Or;
import org.litfacets.query.Query.Ref;

/**
 * A search history: numbered lines, each a query that may refer to earlier lines ({@code #3} in
 * PubMed, {@code 3} in Ovid). Three layouts are read:
 *
 * <ul>
 *   <li>numbered lines, as Ovid and PubMed print them: {@code 1 exp Asthma/}, {@code 2. #1 AND
 *       child*};
 *   <li>unnumbered lines, line i being the i-th non-empty line (CLEF TAR's Ovid queries);
 *   <li>sectioned strategies, where captions such as {@code 1. Index test: clinical red flags} or a
 *       lone {@code 2a} label the lines below them, and lines such as {@code A. 1a and (2a or 3)}
 *       or {@code Final search: A or B} combine labels.
 * </ul>
 *
 * A line that starts or ends with AND, OR or NOT continues the line before (PubMed strategies
 * broken over lines). A reference to a missing line, to a later line or to itself is a syntax
 * error, so a history has no cycles.
 */
public final class History {
  /**
   * @param label the line's label: its number, or "1a", "A", "Final search" in sectioned strategies
   * @param lineNumber where the line starts in the text (1-based)
   */
  public record Line(String label, int lineNumber, Query query) {}

  private static final Pattern OPERATOR_START = Pattern.compile("(?i)\\s*(and|or|not)(\\s.*|)");
  private static final Pattern OPERATOR_END = Pattern.compile("(?is)(.*\\s|)(and|or|not)\\s*");
  private static final Pattern COMBINATION =
      Pattern.compile("(?i)\\s*(or|and)\\s*(/.*|[\\d,\\s-]+)");
  private static final Pattern NUMBERED = Pattern.compile("\\s*#?(\\d{1,6})[.):]?\\s+\\S.*");
  private static final Pattern SECTION_CAPTION =
      Pattern.compile("\\s*\\d+[a-z]?\\.?\\s+[A-Z][A-Za-z -]*:\\s.*");
  private static final Pattern LABEL_ONLY = Pattern.compile("\\s*(\\d{1,6}[a-z]?|[A-Z])\\.?\\s*");
  private static final Pattern LABELED =
      Pattern.compile("\\s*(\\d{1,6}[a-z]?|[A-Z])(?:\\.\\s*|\\s+)(\\S.*)");
  private static final Pattern CAPTIONED_BODY =
      Pattern.compile("\\s*([A-Za-z][A-Za-z ]*):\\s*(\\S.*)");
  private static final Pattern PROSE = Pattern.compile("\\s*[A-Za-z][A-Za-z0-9 ,;:()'-]*");
  private static final Pattern LABEL = Pattern.compile("\\d{1,6}[a-z]?|[A-Z]");
  private static final Pattern REFERENCE_TOKEN = Pattern.compile("[()]|[^\\s()]+");

  private final List<Line> lines;
  private final Map<String, Line> byLabel = new HashMap<>();

  /**
   * Lines are referred to many times over ("28 not (28 and 29)"); expanding each once keeps the
   * tree shared.
   */
  private final Map<String, Query> expansions = new HashMap<>();

  private History(List<Line> lines) {
    this.lines = List.copyOf(lines);
    lines.forEach(l -> byLabel.put(l.label(), l));
  }

  /** Reads a history, or a single query as a history of one line. */
  public static History parse(String text) throws QuerySyntaxException {
    Positions positions = new Positions(text);
    List<Span> entries = entries(text);
    if (entries.isEmpty()) {
      throw positions.error(text.length(), "expected a query but found end of line");
    }
    List<Span> labeled = numbered(text, entries);
    if (labeled == null) {
      labeled =
          entries.stream().anyMatch(e -> SECTION_CAPTION.matcher(e.text(text)).matches())
              ? sections(text, entries)
              : unnumbered(entries);
    }
    if (labeled.isEmpty()) {
      throw positions.error(
          text.length(), "expected a query below the captions but found end of line");
    }
    List<Line> lines = new ArrayList<>();
    Set<String> labels = new LinkedHashSet<>();
    for (Span span : labeled) {
      Query q = QueryParser.parse(text, span.start, span.end, positions, labels);
      checkReferences(q, span, labels, text, positions);
      labels.add(span.label);
      lines.add(new Line(span.label, positions.lineNumber(span.start), q));
    }
    return new History(lines);
  }

  /**
   * A history of lines read one at a time elsewhere (the web's Boolean builder reads each line
   * apart, so that an error in one line does not hide the others), for expanding their references.
   *
   * @throws IllegalArgumentException when two lines share a label or a line refers to one that is
   *     not before it
   */
  public static History of(List<Line> lines) {
    Set<String> earlier = new HashSet<>();
    for (Line line : lines) {
      List<Ref> refs = new ArrayList<>();
      collectRefs(line.query(), refs);
      for (Ref ref : refs) {
        if (!earlier.contains(ref.label())) {
          throw new IllegalArgumentException(
              "line "
                  + line.label()
                  + " refers to #"
                  + ref.label()
                  + ", which is not an earlier line");
        }
      }
      if (!earlier.add(line.label())) {
        throw new IllegalArgumentException("two lines are labelled " + line.label());
      }
    }
    return new History(lines);
  }

  public List<Line> lines() {
    return lines;
  }

  public Optional<Line> line(String label) {
    return Optional.ofNullable(byLabel.get(label));
  }

  /**
   * The last line with every reference replaced by the line it names: the search the history ends
   * with.
   */
  public Query query() {
    return expanded(lines.get(lines.size() - 1).label());
  }

  /** A line with every reference replaced, recursively, by the line it names. */
  public Query expanded(String label) {
    if (!byLabel.containsKey(label)) {
      throw new IllegalArgumentException("no line " + label + " in this history");
    }
    // Line by line from the first, so each reference meets a line already expanded: no recursion
    // along long chains
    // of references, and a line referred to many times ("28 not (28 and 29)") is expanded once and
    // shared.
    for (Line line : lines) {
      if (expansions.containsKey(label)) {
        break;
      }
      expansions.computeIfAbsent(line.label(), l -> expand(line.query()));
    }
    return expansions.get(label);
  }

  private Query expand(Query q) {
    if (q instanceof Ref ref) {
      return expansions.get(ref.label());
    }
    if (q instanceof And and) {
      return new And(and.operands().stream().map(this::expand).toList());
    }
    if (q instanceof Or or) {
      return new Or(or.operands().stream().map(this::expand).toList());
    }
    if (q instanceof Not not) {
      return new Not(expand(not.include()), expand(not.exclude()));
    }
    if (q instanceof Near near) {
      return new Near(near.operands().stream().map(this::expand).toList(), near.wordsBetween());
    }
    return q;
  }

  /** A stretch of the text holding one line's query, with the line's label once known. */
  private record Span(String label, int start, int end) {
    String text(String source) {
      return source.substring(start, end);
    }

    Span labeled(String newLabel, int newStart) {
      return new Span(newLabel, newStart, end);
    }
  }

  /**
   * Non-empty lines, with continuation lines (starting or ending with an operator) joined to the
   * line before.
   */
  private static List<Span> entries(String text) {
    List<Span> out = new ArrayList<>();
    int lineStart = 0;
    while (lineStart <= text.length()) {
      int newline = text.indexOf('\n', lineStart);
      int lineEnd = newline < 0 ? text.length() : newline;
      if (lineEnd > lineStart && text.charAt(lineEnd - 1) == '\r') {
        lineEnd--;
      }
      String line = text.substring(lineStart, lineEnd);
      if (!line.isBlank()) {
        Span previous = out.isEmpty() ? null : out.get(out.size() - 1);
        boolean continues =
            OPERATOR_START.matcher(line).matches() && !COMBINATION.matcher(line).matches()
                || previous != null && OPERATOR_END.matcher(previous.text(text)).matches();
        if (continues && previous != null) {
          out.set(out.size() - 1, new Span(null, previous.start, lineEnd));
        } else {
          out.add(new Span(null, lineStart, lineEnd));
        }
      }
      if (newline < 0) {
        break;
      }
      lineStart = newline + 1;
    }
    return out;
  }

  /**
   * The lines labelled by their own numbers when every line starts with 1, 2, 3...; otherwise null.
   */
  private static List<Span> numbered(String text, List<Span> entries) {
    List<Span> out = new ArrayList<>();
    for (Span e : entries) {
      Matcher m = NUMBERED.matcher(e.text(text));
      if (!m.matches() || Integer.parseInt(m.group(1)) != out.size() + 1) {
        return null;
      }
      int afterNumber = e.start + m.end(1);
      while (afterNumber < e.end && ".):".indexOf(text.charAt(afterNumber)) >= 0) {
        afterNumber++;
      }
      out.add(e.labeled(m.group(1), afterNumber));
    }
    return out;
  }

  private static List<Span> unnumbered(List<Span> entries) {
    List<Span> out = new ArrayList<>();
    for (Span e : entries) {
      out.add(e.labeled(Integer.toString(out.size() + 1), e.start));
    }
    return out;
  }

  /**
   * Sectioned strategies: a caption (a label with prose, a lone label, or prose alone) opens a
   * section whose query is the lines below it; a label or caption followed by references only is a
   * query itself. Sections without a query (captions of groups of sections) are dropped.
   */
  private static List<Span> sections(String text, List<Span> entries) {
    List<Span> out = new ArrayList<>();
    String openLabel = null;
    Span body = null;
    for (Span e : entries) {
      String line = e.text(text);
      Matcher labelOnly = LABEL_ONLY.matcher(line);
      Matcher labeled = LABELED.matcher(line);
      Matcher captioned = CAPTIONED_BODY.matcher(line);
      String newLabel = null;
      Span inline = null;
      if (labelOnly.matches()) {
        newLabel = labelOnly.group(1);
      } else if (labeled.matches() && !OPERATOR_START.matcher(labeled.group(2)).matches()) {
        newLabel = labeled.group(1);
        if (onlyReferences(labeled.group(2))) {
          inline = e.labeled(newLabel, e.start + labeled.start(2));
        }
      } else if (captioned.matches() && onlyReferences(captioned.group(2))) {
        newLabel = captioned.group(1).trim();
        inline = e.labeled(newLabel, e.start + captioned.start(2));
      } else if (PROSE.matcher(line).matches()) {
        newLabel = line.trim();
      }
      if (newLabel == null) {
        body =
            body == null
                ? e.labeled(
                    openLabel == null ? Integer.toString(out.size() + 1) : openLabel, e.start)
                : new Span(body.label, body.start, e.end);
        continue;
      }
      if (body != null) {
        out.add(body);
      }
      body = null;
      openLabel = newLabel;
      if (inline != null) {
        out.add(inline);
        openLabel = null;
      }
    }
    if (body != null) {
      out.add(body);
    }
    return out;
  }

  private static boolean onlyReferences(String text) {
    Matcher m = REFERENCE_TOKEN.matcher(text);
    boolean anyLabel = false;
    while (m.find()) {
      String token = m.group();
      if (LABEL.matcher(token).matches()) {
        anyLabel = true;
      } else if (!token.equals("(") && !token.equals(")") && !token.matches("(?i)and|or|not")) {
        return false;
      }
    }
    return anyLabel;
  }

  private static void checkReferences(
      Query q, Span span, Set<String> earlier, String text, Positions positions)
      throws QuerySyntaxException {
    List<Ref> refs = new ArrayList<>();
    collectRefs(q, refs);
    for (Ref ref : refs) {
      if (earlier.contains(ref.label())) {
        continue;
      }
      String problem;
      if (ref.label().equals(span.label)) {
        problem =
            "expected a reference to an earlier line but found #"
                + ref.label()
                + ", this line itself";
      } else if (isLaterNumber(ref.label(), span.label)) {
        problem =
            "expected a reference to an earlier line but found #" + ref.label() + ", a later line";
      } else {
        problem =
            "expected a reference to an earlier line but found #"
                + ref.label()
                + ", which does not exist";
      }
      throw positions.error(referenceOffset(ref.label(), span, text), problem);
    }
  }

  private static boolean isLaterNumber(String ref, String label) {
    return ref.matches("\\d+")
        && label.matches("\\d+")
        && Integer.parseInt(ref) > Integer.parseInt(label);
  }

  /**
   * Where a reference is written in its line, for the error; the line's start when it cannot be
   * told.
   */
  private static int referenceOffset(String label, Span span, String text) {
    Matcher m =
        Pattern.compile("(?<![\\w])#?" + Pattern.quote(label) + "(?![\\w])")
            .matcher(span.text(text));
    return m.find() ? span.start + m.start() : span.start;
  }

  private static void collectRefs(Query q, List<Ref> out) {
    if (q instanceof Ref ref) {
      out.add(ref);
    } else if (q instanceof And and) {
      and.operands().forEach(o -> collectRefs(o, out));
    } else if (q instanceof Or or) {
      or.operands().forEach(o -> collectRefs(o, out));
    } else if (q instanceof Near near) {
      near.operands().forEach(o -> collectRefs(o, out));
    } else if (q instanceof Not not) {
      collectRefs(not.include(), out);
      collectRefs(not.exclude(), out);
    }
  }
}
