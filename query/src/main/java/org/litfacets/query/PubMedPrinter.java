package org.litfacets.query;

import java.util.List;
import org.litfacets.query.Query.And;
import org.litfacets.query.Query.DateRange;
import org.litfacets.query.Query.Entity;
import org.litfacets.query.Query.EntityOperand;
import org.litfacets.query.Query.Heading;
import org.litfacets.query.Query.Near;
import org.litfacets.query.Query.Not;
import org.litfacets.query.Query.Or;
import org.litfacets.query.Query.Ref;
import org.litfacets.query.Query.Relation;
import org.litfacets.query.Query.ResolvedEntity;
import org.litfacets.query.Query.ResolvedHeading;
import org.litfacets.query.Query.Term;

/**
 * Prints a query in PubMed syntax. Nested Boolean operands are always parenthesised, since PubMed
 * reads AND, OR and NOT left to right without precedence and readers rarely expect that. A
 * proximity search PubMed cannot express (operands other than single words in [tiab], [ti] or [ab])
 * is printed with Ovid's ADJn, which this module reads but PubMed does not. Entities and relation
 * searches are printed in PubTator 3.0's syntax ({@code @CHEMICAL_Doxorubicin}, {@code
 * relations:ANY|@CHEMICAL_x|@DISEASE_y}), which PubTator reads and PubMed does not.
 */
public final class PubMedPrinter {
  private PubMedPrinter() {}

  public static String print(Query q) {
    StringBuilder out = new StringBuilder();
    write(q, out);
    return out.toString();
  }

  private static void write(Query q, StringBuilder out) {
    if (q instanceof Term t) {
      out.append(t.quoted() ? "\"" + t.text() + "\"" : t.text());
      if (t.field() != Field.UNTAGGED) {
        out.append('[').append(t.field().pubmedTag()).append(']');
      }
    } else if (q instanceof Heading h) {
      heading(h, out);
    } else if (q instanceof ResolvedHeading r) {
      Heading h = r.heading();
      heading(new Heading(r.name(), h.subheading(), h.explode(), h.major()), out);
    } else if (q instanceof DateRange d) {
      out.append(d.from())
          .append(d.singlePeriod() ? "" : ":" + d.to())
          .append('[')
          .append(d.field().pubmedTag())
          .append(']');
    } else if (q instanceof Ref ref) {
      out.append('#').append(ref.label());
    } else if (q instanceof EntityOperand e) {
      entity(e, out);
    } else if (q instanceof Relation r) {
      out.append(Relation.PREFIX).append(r.typeName()).append('|');
      entity(r.first(), out);
      out.append('|');
      entity(r.second(), out);
    } else if (q instanceof And and) {
      join(and.operands(), " AND ", out);
    } else if (q instanceof Or or) {
      join(or.operands(), " OR ", out);
    } else if (q instanceof Not not) {
      join(List.of(not.include(), not.exclude()), " NOT ", out);
    } else if (q instanceof Near near) {
      if (proximity(near)) {
        out.append('"');
        for (int i = 0; i < near.operands().size(); i++) {
          out.append(i == 0 ? "" : " ").append(((Term) near.operands().get(i)).text());
        }
        Field field = ((Term) near.operands().get(0)).field();
        out.append("\"[")
            .append(field.pubmedTag())
            .append(":~")
            .append(near.wordsBetween())
            .append(']');
      } else {
        join(near.operands(), " ADJ" + (near.wordsBetween() + 1) + " ", out);
      }
    }
  }

  /**
   * PubTator's {@code @CHEMICAL_Doxorubicin}; a resolved entity by its identifier, which names it
   * exactly, unless the identifier holds what the syntax cannot (a space).
   */
  private static void entity(EntityOperand e, StringBuilder out) {
    String text =
        e instanceof ResolvedEntity r
            ? Entity.writable(r.id()) ? r.id() : r.entity().text()
            : ((Entity) e).text();
    out.append('@').append(Entity.typeName(e.type())).append('_').append(text);
  }

  private static void heading(Heading h, StringBuilder out) {
    out.append('"')
        .append(h.name())
        .append(h.hasSubheading() ? "/" + h.subheading() : "")
        .append('"')
        .append(h.major() ? "[majr" : "[mh")
        .append(h.explode() ? "]" : ":noexp]");
  }

  private static void join(List<Query> operands, String operator, StringBuilder out) {
    for (int i = 0; i < operands.size(); i++) {
      Query operand = operands.get(i);
      boolean parens =
          operand instanceof And
              || operand instanceof Or
              || operand instanceof Not
              || operand instanceof Near near && !proximity(near);
      out.append(i == 0 ? "" : operator).append(parens ? "(" : "");
      write(operand, out);
      out.append(parens ? ")" : "");
    }
  }

  /**
   * Whether PubMed's own proximity search says it: single words in one of [tiab], [ti] or [ab],
   * quoted only where parsing the phrase quotes them.
   */
  private static boolean proximity(Near near) {
    Field field = near.operands().get(0) instanceof Term t ? t.field() : null;
    if (field != Field.TITLE_ABSTRACT && field != Field.TITLE && field != Field.ABSTRACT) {
      return false;
    }
    return near.operands().stream()
        .allMatch(
            o ->
                o instanceof Term t
                    && t.field() == field
                    && t.quoted() != QueryParser.readsBackAsWords(t.text())
                    && t.text().indexOf(' ') < 0);
  }
}
