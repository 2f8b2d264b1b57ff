package org.litfacets.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.litfacets.query.Query.And;
import org.litfacets.query.Query.DateRange;
import org.litfacets.query.Query.EntityOperand;
import org.litfacets.query.Query.Heading;
import org.litfacets.query.Query.Near;
import org.litfacets.query.Query.Not;
import org.litfacets.query.Query.Or;
import org.litfacets.query.Query.Ref;
import org.litfacets.query.Query.Relation;
import org.litfacets.query.Query.ResolvedHeading;
import org.litfacets.query.Query.Term;

/**
 * Prints a query in Ovid MEDLINE syntax: {@code exp Asthma/dt}, {@code (a or b).ti,ab.}, {@code a
 * adj3 b}, {@code or/1-5}. A field shared by every term of a group is printed once after it. What
 * Ovid cannot say (a major heading whose name needs quotes, a date) keeps the form PubMed gives it,
 * which this module reads in either syntax. So do entities and relation searches
 * ({@code @CHEMICAL_Doxorubicin}, {@code relations:ANY|@A|@B}): Ovid cannot search them, and a
 * strategy holding them runs in litfacets only.
 */
public final class OvidPrinter {
  private static final Pattern PLAIN_NAME = Pattern.compile("[\\p{L}\\d][\\p{L}\\d ,'-]*");
  private static final Pattern PLAIN_SUBHEADING = Pattern.compile("[\\p{L}][\\p{L} &-]*");
  private static final Set<String> KEYWORDS = Set.of("and", "or", "not", "exp", "limit", "to");

  private OvidPrinter() {}

  public static String print(Query q) {
    StringBuilder out = new StringBuilder();
    write(q, out, false);
    return out.toString();
  }

  /**
   * @param fieldGiven whether an enclosing group prints the field, so that terms print none
   */
  private static void write(Query q, StringBuilder out, boolean fieldGiven) {
    Field shared = fieldGiven ? null : sharedField(q);
    if (shared != null && !(q instanceof Term)) {
      out.append('(');
      write(q, out, true);
      out.append(")." + shared.ovidCode() + ".");
      return;
    }
    if (q instanceof Term t) {
      out.append(t.quoted() ? "\"" + t.text() + "\"" : t.text());
      if (!fieldGiven && t.field() != Field.UNTAGGED) {
        out.append('.').append(t.field().ovidCode()).append('.');
      }
    } else if (q instanceof Heading h) {
      heading(h, out);
    } else if (q instanceof ResolvedHeading r) {
      Heading h = r.heading();
      heading(new Heading(r.name(), h.subheading(), h.explode(), h.major()), out);
    } else if (q instanceof DateRange d) {
      out.append(d.from().replace("/", ""))
          .append(
              d.singlePeriod()
                  ? ""
                  : "-" + (d.to().equals(DateRange.OPEN_END) ? "Current" : d.to().replace("/", "")))
          .append('.')
          .append(d.field().ovidCode())
          .append('.');
    } else if (q instanceof Ref ref) {
      out.append(ref.label().matches("\\d+") ? ref.label() : "#" + ref.label());
    } else if (q instanceof EntityOperand || q instanceof Relation) {
      // Ovid has no entity search: PubTator's syntax, which this module reads in either syntax.
      out.append(PubMedPrinter.print(q));
    } else if (q instanceof And and) {
      lineList("and", and.operands(), out, fieldGiven);
    } else if (q instanceof Or or) {
      lineList("or", or.operands(), out, fieldGiven);
    } else if (q instanceof Not not) {
      join(List.of(not.include(), not.exclude()), " not ", out, fieldGiven);
    } else if (q instanceof Near near) {
      join(near.operands(), " adj" + (near.wordsBetween() + 1) + " ", out, fieldGiven);
    }
  }

  private static void heading(Heading h, StringBuilder out) {
    boolean plainSubheading =
        !h.hasSubheading()
            || PLAIN_SUBHEADING.matcher(h.subheading()).matches() && noKeyword(h.subheading());
    boolean plainName = plainName(h.name());
    if (!plainSubheading || h.major() && !plainName || h.name().contains("/")) {
      out.append(PubMedPrinter.print(h));
      return;
    }
    out.append(h.explode() ? "exp " : "")
        .append(h.major() ? "*" : "")
        .append(plainName ? h.name() : "\"" + h.name() + "\"")
        .append('/');
    if (h.hasSubheading()) {
      out.append(Subheadings.abbreviation(h.subheading()).orElse(h.subheading()));
    }
  }

  private static boolean plainName(String name) {
    return PLAIN_NAME.matcher(name).matches() && !name.matches("\\d+") && noKeyword(name);
  }

  private static boolean noKeyword(String words) {
    for (String word : words.toLowerCase(Locale.ROOT).split(" ")) {
      if (KEYWORDS.contains(word) || word.matches("adj\\d*")) {
        return false;
      }
    }
    return true;
  }

  /** {@code or/1-3,5} for three or more line references, Ovid's way of combining a history. */
  private static void lineList(
      String operator, List<Query> operands, StringBuilder out, boolean fieldGiven) {
    if (operands.size() >= 3
        && operands.stream().allMatch(o -> o instanceof Ref r && r.label().matches("\\d+"))) {
      List<Integer> numbers =
          operands.stream().map(o -> Integer.parseInt(((Ref) o).label())).toList();
      List<String> ranges = new ArrayList<>();
      int i = 0;
      while (i < numbers.size()) {
        int j = i;
        while (j + 1 < numbers.size() && numbers.get(j + 1) == numbers.get(j) + 1) {
          j++;
        }
        ranges.add(j == i ? "" + numbers.get(i) : numbers.get(i) + "-" + numbers.get(j));
        i = j + 1;
      }
      out.append(operator).append('/').append(String.join(",", ranges));
      return;
    }
    join(operands, " " + operator + " ", out, fieldGiven);
  }

  private static void join(
      List<Query> operands, String operator, StringBuilder out, boolean fieldGiven) {
    for (int i = 0; i < operands.size(); i++) {
      Query operand = operands.get(i);
      boolean parens =
          operand instanceof And
              || operand instanceof Or
              || operand instanceof Not
              || operand instanceof Near;
      out.append(i == 0 ? "" : operator);
      if (parens && (fieldGiven || sharedField(operand) == null)) {
        out.append('(');
        write(operand, out, fieldGiven);
        out.append(')');
      } else {
        write(operand, out, fieldGiven);
      }
    }
  }

  /**
   * The field every term of a group of terms is searched in, or null (for mixed fields and
   * non-terms).
   */
  private static Field sharedField(Query q) {
    if (q instanceof Term t) {
      // A lone number inside a group would read as a line reference: it keeps its own suffix.
      boolean number = !t.quoted() && t.text().matches("\\d+");
      return t.field() == Field.UNTAGGED || number ? null : t.field();
    }
    List<Query> children;
    if (q instanceof And and) {
      children = and.operands();
    } else if (q instanceof Or or) {
      children = or.operands();
    } else if (q instanceof Not not) {
      children = List.of(not.include(), not.exclude());
    } else if (q instanceof Near near) {
      children = near.operands();
    } else {
      return null;
    }
    Field first = sharedField(children.get(0));
    for (Query child : children) {
      if (first == null || sharedField(child) != first) {
        return null;
      }
    }
    return first;
  }
}
