package org.litfacets.query;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A Boolean search as an immutable tree, whichever syntax it was written in. The constructors
 * normalise: nested {@link And}s, {@link Or}s and same-distance {@link Near}s are flattened, so two
 * trees are equal when they mean the same query the same way, which is what makes printing and
 * re-parsing comparable.
 */
public sealed interface Query
    permits Query.Term,
        Query.Heading,
        Query.ResolvedHeading,
        Query.DateRange,
        Query.Ref,
        Query.And,
        Query.Or,
        Query.Not,
        Query.Near {

  /**
   * Words searched in a field.
   *
   * @param text the words separated by single spaces; {@code *} truncates (Ovid's {@code $}, {@code
   *     $N}, {@code *N} and {@code :} are read as {@code *}), {@code ?} stands for zero or one
   *     character and {@code #} for exactly one (Ovid's wildcards)
   * @param quoted whether the words were quoted: PubMed then searches the phrase as written,
   *     without Automatic Term Mapping
   */
  record Term(String text, Field field, boolean quoted) implements Query {
    public Term {
      if (text == null || text.isBlank()) {
        throw new IllegalArgumentException("a term needs words");
      }
      if (field == null) {
        throw new IllegalArgumentException("a term needs a field (UNTAGGED when none was given)");
      }
    }

    public boolean truncated() {
      return text.indexOf('*') >= 0 || text.indexOf('?') >= 0 || text.indexOf('#') >= 0;
    }
  }

  /**
   * A MeSH heading as written, before {@link MeshResolver} looks it up.
   *
   * @param name the heading's name or entry term as written, or a descriptor UI ({@code D006333})
   * @param subheading a qualifier's full name in lower case ("drug therapy") or as written when
   *     unknown; empty when none. Ovid's {@code Asthma/dt, th} becomes an {@link Or} of two
   *     headings.
   * @param explode whether narrower headings count too (PubMed [mh], Ovid {@code exp})
   * @param major whether only articles where it is a major topic count (PubMed [majr], Ovid {@code
   *     *})
   */
  record Heading(String name, String subheading, boolean explode, boolean major) implements Query {
    public Heading {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("a heading needs a name");
      }
      subheading = subheading == null ? "" : subheading;
    }

    public boolean hasSubheading() {
      return !subheading.isEmpty();
    }
  }

  /**
   * A heading found in the MeSH vocabulary: what a translator needs to search it, exploded through
   * tree numbers or not.
   *
   * @param descendants how many headings lie below it in the trees (what explosion adds)
   */
  record ResolvedHeading(
      Heading heading, String ui, String name, List<String> treeNumbers, int descendants)
      implements Query {
    public ResolvedHeading {
      treeNumbers = List.copyOf(treeNumbers);
    }
  }

  /**
   * Citations dated within a range, both ends included.
   *
   * @param from a date {@code YYYY}, {@code YYYY/MM} or {@code YYYY/MM/DD}
   * @param to the same forms; {@value #OPEN_END} for an open end (Ovid's "Current"), as PubMed
   *     writes it
   */
  record DateRange(DateField field, String from, String to) implements Query {
    public static final String OPEN_END = "3000";
    private static final Pattern DATE =
        Pattern.compile("\\d{4}(/(0[1-9]|1[0-2])(/(0[1-9]|[12]\\d|3[01]))?)?");

    public DateRange {
      if (field == null
          || from == null
          || to == null
          || !DATE.matcher(from).matches()
          || !DATE.matcher(to).matches()) {
        throw new IllegalArgumentException("not a date range: " + from + " to " + to);
      }
    }

    public boolean singlePeriod() {
      return from.equals(to);
    }
  }

  /** A reference to an earlier line of a search history: PubMed's {@code #3}, Ovid's {@code 3}. */
  record Ref(String label) implements Query {
    public Ref {
      if (label == null || label.isBlank()) {
        throw new IllegalArgumentException("a reference needs a line label");
      }
    }
  }

  record And(List<Query> operands) implements Query {
    public And {
      operands = flatten(operands, And.class);
    }
  }

  record Or(List<Query> operands) implements Query {
    public Or {
      operands = flatten(operands, Or.class);
    }
  }

  /** Citations matching {@code include} but not {@code exclude}. */
  record Not(Query include, Query exclude) implements Query {
    public Not {
      if (include == null || exclude == null) {
        throw new IllegalArgumentException("NOT needs two operands");
      }
    }
  }

  /**
   * Operands occurring close together in the same field, in any order, each within {@code
   * wordsBetween} words of the next: PubMed's {@code "hip pain"[tiab:~2]} (wordsBetween 2) and
   * Ovid's {@code hip adj3 pain} (adjN allows N-1 words between; plain {@code adj} is adj1).
   */
  record Near(List<Query> operands, int wordsBetween) implements Query {
    public Near {
      if (wordsBetween < 0) {
        throw new IllegalArgumentException("words between must not be negative: " + wordsBetween);
      }
      List<Query> flat = new ArrayList<>();
      for (Query q : operands) {
        if (q instanceof Near near && near.wordsBetween == wordsBetween) {
          flat.addAll(near.operands);
        } else {
          flat.add(q);
        }
      }
      if (flat.size() < 2) {
        throw new IllegalArgumentException("a proximity search needs two operands");
      }
      operands = List.copyOf(flat);
    }
  }

  private static List<Query> flatten(List<Query> operands, Class<? extends Query> kind) {
    List<Query> flat = new ArrayList<>();
    for (Query q : operands) {
      if (q instanceof And and && kind == And.class) {
        flat.addAll(and.operands());
      } else if (q instanceof Or or && kind == Or.class) {
        flat.addAll(or.operands());
      } else {
        flat.add(q);
      }
    }
    if (flat.size() < 2) {
      throw new IllegalArgumentException(kind.getSimpleName() + " needs two operands");
    }
    return List.copyOf(flat);
  }
}
