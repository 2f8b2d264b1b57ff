package org.litfacets.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.litfacets.article.EntityType;
import org.litfacets.article.RelationType;

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
        Query.EntityOperand,
        Query.Relation,
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

  /** An entity searched by its identifier, written or resolved: what a {@link Relation} links. */
  sealed interface EntityOperand extends Query permits Entity, ResolvedEntity {
    EntityType type();
  }

  /**
   * An entity as PubTator 3.0's search syntax writes it, before the index is asked which entity it
   * is: {@code @CHEMICAL_Doxorubicin} (a name or synonym, spaces written as underscores) or
   * {@code @CHEMICAL_MESH:D004317} (an identifier). Which one the text is depends on the index, so
   * the tree keeps it as written; the web module resolves it to an identifier.
   *
   * @param text what follows the type and its underscore, as written
   */
  record Entity(EntityType type, String text) implements EntityOperand {
    /** Ends an entity's text when reading it: spaces, parentheses, brackets and quotes. */
    public static boolean endsText(char c) {
      return Lexer.isSpace(c) || c == '(' || c == ')' || c == '[' || c == ']' || Lexer.isQuote(c);
    }

    /** Separates the entities of a {@link Relation}, so an entity's text cannot hold it. */
    public static final String NEXT_ENTITY = "|@";

    public Entity {
      if (type == null) {
        throw new IllegalArgumentException("an entity needs a type");
      }
      if (!writable(text)) {
        throw new IllegalArgumentException(
            "an entity needs a name or identifier without spaces, parentheses, brackets, quotes"
                + " or '"
                + NEXT_ENTITY
                + "', got '"
                + text
                + "'");
      }
    }

    /** Whether the syntax can write this text as an entity's name or identifier. */
    public static boolean writable(String text) {
      return text != null
          && !text.isEmpty()
          && text.chars().noneMatch(c -> endsText((char) c))
          && !text.contains(NEXT_ENTITY);
    }

    /** The text read as a name: PubTator writes spaces in names as underscores. */
    public String name() {
      return text.replace('_', ' ');
    }

    /** How PubTator's syntax writes the type after the {@code @}: CHEMICAL, CELLLINE... */
    public static String typeName(EntityType type) {
      return type.pubtatorName().toUpperCase(Locale.ROOT);
    }

    /** The type PubTator's syntax names so, in any case; empty for none. */
    public static Optional<EntityType> ofTypeName(String name) {
      return Arrays.stream(EntityType.values())
          .filter(t -> typeName(t).equalsIgnoreCase(name))
          .findFirst();
    }
  }

  /**
   * An entity found in the index: the identifier it is searched by (so every synonym counts) and
   * its normalised name.
   */
  record ResolvedEntity(Entity entity, String id, String name) implements EntityOperand {
    public ResolvedEntity {
      if (entity == null || id == null || id.isBlank() || name == null) {
        throw new IllegalArgumentException("a resolved entity needs what was written and its id");
      }
    }

    @Override
    public EntityType type() {
      return entity.type();
    }
  }

  /**
   * Articles stating a relation between two entities, PubTator's {@code
   * relations:ANY|@CHEMICAL_Doxorubicin|@DISEASE_Cardiotoxicity}.
   *
   * @param relationType one of BioRED's types; empty for a relation of any type (ANY)
   */
  record Relation(Optional<RelationType> relationType, EntityOperand first, EntityOperand second)
      implements Query {
    /** How the syntax writes a relation of any type. */
    public static final String ANY = "ANY";

    public static final String PREFIX = "relations:";

    public Relation {
      if (relationType == null || first == null || second == null) {
        throw new IllegalArgumentException("a relation needs a type (or ANY) and two entities");
      }
    }

    /** ANY or the type as BioRED names it. */
    public String typeName() {
      return relationType.map(RelationType::corpusName).orElse(ANY);
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
