package org.litfacets.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.litfacets.mesh.Descriptor;
import org.litfacets.mesh.MeshTerms;
import org.litfacets.mesh.MeshVocabulary;
import org.litfacets.query.Query.And;
import org.litfacets.query.Query.Heading;
import org.litfacets.query.Query.Near;
import org.litfacets.query.Query.Not;
import org.litfacets.query.Query.Or;
import org.litfacets.query.Query.ResolvedHeading;
import org.litfacets.query.Query.Term;

/**
 * Looks every MeSH heading of a parsed query up in the vocabulary (by name or entry term, or by
 * UI), after parsing and apart from it, so that queries parse without MeSH. Heading names are
 * matched the forgiving way {@link MeshVocabulary#byTerm} matches them (case, plurals, inverted
 * word order), as PubMed maps entry terms in [mh] searches.
 */
public final class MeshResolver {
  /** What resolving gave: the tree with every heading resolved, or why not. */
  public sealed interface Result permits Resolved, Failed {}

  public record Resolved(Query query) implements Result {}

  public record Failed(List<HeadingError> errors) implements Result {}

  /**
   * @param written the heading (or subheading) as the query wrote it
   * @param closest the nearest heading names, best first, for a heading that was not found
   */
  public record HeadingError(String written, String message, List<String> closest) {}

  private static final Pattern UI = Pattern.compile("D\\d{6,9}");

  private final MeshVocabulary vocabulary;
  private final ClosestHeadings closestHeadings;

  public MeshResolver(MeshVocabulary vocabulary) {
    this.vocabulary = vocabulary;
    this.closestHeadings = new ClosestHeadings(vocabulary);
  }

  public Result resolve(Query query) {
    List<HeadingError> errors = new ArrayList<>();
    Query resolved = walk(query, errors);
    return errors.isEmpty() ? new Resolved(resolved) : new Failed(List.copyOf(errors));
  }

  private Query walk(Query q, List<HeadingError> errors) {
    if (q instanceof Heading h) {
      return heading(h, errors);
    }
    if (q instanceof Term t && t.field() == Field.SUBHEADING && !Subheadings.isKnown(t.text())) {
      errors.add(new HeadingError(t.text(), "unknown subheading '" + t.text() + "'", List.of()));
    } else if (q instanceof And and) {
      return new And(and.operands().stream().map(o -> walk(o, errors)).toList());
    } else if (q instanceof Or or) {
      return new Or(or.operands().stream().map(o -> walk(o, errors)).toList());
    } else if (q instanceof Not not) {
      return new Not(walk(not.include(), errors), walk(not.exclude(), errors));
    } else if (q instanceof Near near) {
      return new Near(
          near.operands().stream().map(o -> walk(o, errors)).toList(), near.wordsBetween());
    }
    return q;
  }

  private Query heading(Heading h, List<HeadingError> errors) {
    if (h.hasSubheading() && !Subheadings.isKnown(h.subheading())) {
      errors.add(
          new HeadingError(
              h.subheading(),
              "unknown subheading '" + h.subheading() + "' of '" + h.name() + "'",
              List.of()));
    }
    List<Descriptor> found =
        UI.matcher(h.name()).matches()
            ? vocabulary.byUi(h.name()).map(List::of).orElse(List.of())
            : vocabulary.byTerm(h.name());
    if (found.isEmpty()) {
      List<String> closest = closestHeadings.to(h.name(), 3);
      errors.add(
          new HeadingError(
              h.name(),
              "unknown MeSH heading '"
                  + h.name()
                  + "'"
                  + (closest.isEmpty() ? "" : " (closest: " + String.join(", ", closest) + ")"),
              closest));
      return h;
    }
    Descriptor d = found.size() == 1 ? found.get(0) : named(found, h.name());
    if (d == null) {
      List<String> names = found.stream().map(Descriptor::name).toList();
      errors.add(
          new HeadingError(
              h.name(),
              "ambiguous MeSH heading '" + h.name() + "': " + String.join(", ", names),
              names));
      return h;
    }
    return new ResolvedHeading(
        h, d.ui(), d.name(), d.treeNumbers(), vocabulary.descendants(d.ui()).size());
  }

  /** Of several descriptors sharing an entry term, the one whose own name it is. */
  private static Descriptor named(List<Descriptor> found, String name) {
    String key = MeshTerms.key(name);
    for (Descriptor d : found) {
      if (d.name().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
        return d;
      }
    }
    List<Descriptor> sameKey =
        found.stream().filter(d -> MeshTerms.key(d.name()).equals(key)).toList();
    return sameKey.size() == 1 ? sameKey.get(0) : null;
  }
}
