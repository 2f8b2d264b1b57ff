package org.litfacets.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.litfacets.mesh.MeshVocabulary;
import org.litfacets.query.Field;
import org.litfacets.query.History;
import org.litfacets.query.MeshResolver;
import org.litfacets.query.PubMedPrinter;
import org.litfacets.query.Query;
import org.litfacets.query.Query.And;
import org.litfacets.query.Query.Entity;
import org.litfacets.query.Query.EntityOperand;
import org.litfacets.query.Query.Heading;
import org.litfacets.query.Query.Near;
import org.litfacets.query.Query.Not;
import org.litfacets.query.Query.Or;
import org.litfacets.query.Query.Ref;
import org.litfacets.query.Query.Relation;
import org.litfacets.query.Query.ResolvedEntity;
import org.litfacets.query.Query.Term;
import org.litfacets.query.QueryParser;
import org.litfacets.query.QuerySyntaxException;

/**
 * Reads what people type into search trees, the same way for every search box: a single query, or a
 * search history whose lines refer to earlier ones ({@code #2}, Ovid's {@code 2}, {@code or/1-3}).
 * Each line is parsed (PubMed or Ovid syntax), its references checked, its MeSH headings and its
 * entities ({@code @CHEMICAL_Doxorubicin}) looked up, and its references expanded through {@link
 * History}. In a history, a line that fails gets its error without stopping the others, and the
 * lines referring to it fail too.
 */
public final class QueryReader {
  public static final int MAX_LINES = 200;
  public static final int MAX_LINE_CHARS = 10_000;

  /**
   * One line of a history.
   *
   * @param written the line as parsed, headings resolved and references kept (what the line itself
   *     says)
   * @param expanded the line with every reference replaced by the line it names (what it searches)
   * @param error why the line cannot be searched; null when it can
   */
  public record Line(int number, String text, Query written, Query expanded, QueryError error) {
    public boolean ok() {
      return error == null;
    }
  }

  private final Optional<MeshResolver> resolver;
  private final Optional<EntityService> entities;

  /**
   * @param mesh the vocabulary headings are looked up in; without it, a query naming a heading is
   *     an error
   * @param entities where entities ({@code @CHEMICAL_Doxorubicin}) are looked up; without it, a
   *     query naming an entity is an error
   */
  public QueryReader(Optional<MeshVocabulary> mesh, Optional<EntityService> entities) {
    this.resolver = mesh.map(MeshResolver::new);
    this.entities = entities;
  }

  /**
   * A single query (the search boxes, export, E-utilities), which has no history to refer to.
   *
   * @throws QueryException when it cannot be searched, saying where and why
   */
  public Query query(String text) {
    checkLength(1, text);
    Line line = read(1, text, Map.of(), false);
    if (!line.ok()) {
      throw new QueryException(line.error());
    }
    return line.written();
  }

  /**
   * The lines of a history, numbered 1 to n in order.
   *
   * @throws IllegalArgumentException when there are no lines, more than {@value #MAX_LINES}, or a
   *     line longer than {@value #MAX_LINE_CHARS} characters
   */
  public List<Line> history(List<String> lines) {
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("history must hold at least one line");
    }
    if (lines.size() > MAX_LINES) {
      throw new IllegalArgumentException(
          "history may hold at most " + MAX_LINES + " lines, got " + lines.size());
    }
    for (int i = 0; i < lines.size(); i++) {
      checkLength(i + 1, lines.get(i));
    }
    Map<Integer, Line> read = new TreeMap<>();
    for (int i = 0; i < lines.size(); i++) {
      read.put(i + 1, read(i + 1, lines.get(i), read, true));
    }
    List<History.Line> valid =
        read.values().stream()
            .filter(Line::ok)
            .map(l -> new History.Line(Integer.toString(l.number()), l.number(), l.written()))
            .toList();
    History history = History.of(valid);
    return read.values().stream()
        .map(
            l ->
                l.ok()
                    ? new Line(
                        l.number(),
                        l.text(),
                        l.written(),
                        history.expanded(Integer.toString(l.number())),
                        null)
                    : l)
        .toList();
  }

  private static void checkLength(int number, String text) {
    if (text == null) {
      throw new IllegalArgumentException(
          "line " + number + " is missing: every line must be a string");
    }
    if (text.length() > MAX_LINE_CHARS) {
      throw new IllegalArgumentException(
          "line "
              + number
              + " has "
              + text.length()
              + " characters; a line may have "
              + "at most "
              + MAX_LINE_CHARS);
    }
  }

  /**
   * @param earlier the lines before this one, read
   */
  private Line read(int number, String text, Map<Integer, Line> earlier, boolean inHistory) {
    Query parsed;
    try {
      parsed = QueryParser.parse(text);
    } catch (QuerySyntaxException e) {
      return failed(number, text, e.column(), e.problem(), List.of());
    }
    List<Ref> refs = new ArrayList<>();
    collect(parsed, Ref.class, refs);
    for (Ref ref : refs) {
      int column = columnOf(ref, text);
      boolean hashed = column <= text.length() && text.charAt(column - 1) == '#';
      String problem = referenceProblem(number, ref, hashed, earlier, inHistory);
      if (problem != null) {
        return failed(number, text, column, problem, List.of());
      }
    }
    List<Term> terms = new ArrayList<>();
    collect(parsed, Term.class, terms);
    for (Term t : terms) {
      // a PMID that is not a number finds nothing, silently
      if (t.field() == Field.PMID && !t.text().strip().matches("\\d{1,9}")) {
        return failed(
            number,
            text,
            columnOf(t.text().strip(), text),
            "a PMID is a number of up to 9 digits, got '" + t.text().strip() + "'",
            List.of());
      }
    }
    Query resolved = parsed;
    if (resolver.isEmpty()) {
      List<Heading> headings = new ArrayList<>();
      collect(parsed, Heading.class, headings);
      if (!headings.isEmpty()) {
        return failed(
            number,
            text,
            columnOf(headings.get(0).name(), text),
            "MeSH headings need the MeSH vocabulary, which this server was " + "started without",
            List.of());
      }
    } else {
      MeshResolver.Result result = resolver.get().resolve(parsed);
      if (result instanceof MeshResolver.Failed failed) {
        MeshResolver.HeadingError first = failed.errors().get(0);
        Set<String> suggestions = new LinkedHashSet<>();
        failed.errors().forEach(e -> suggestions.addAll(e.closest()));
        return failed(
            number,
            text,
            columnOf(first.written(), text),
            String.join(
                "; ", failed.errors().stream().map(MeshResolver.HeadingError::message).toList()),
            List.copyOf(suggestions));
      }
      resolved = ((MeshResolver.Resolved) result).query();
    }
    try {
      resolved = resolveEntities(resolved);
    } catch (EntityFailure f) {
      return failed(
          number,
          text,
          columnOf(PubMedPrinter.print(f.entity), text),
          f.getMessage(),
          f.suggestions);
    }
    return new Line(number, text, resolved, resolved, null);
  }

  /** Why an entity of a query names nothing the index knows, and what it may have meant. */
  private static final class EntityFailure extends Exception {
    private final Entity entity;
    private final List<String> suggestions;

    EntityFailure(Entity entity, String message, List<String> suggestions) {
      super(message, null, false, false);
      this.entity = entity;
      this.suggestions = suggestions;
    }
  }

  /**
   * Every entity looked up in the index by name or synonym, else by identifier ({@link
   * EntityService#resolve}), so that it searches the identifier and every synonym with it.
   */
  private Query resolveEntities(Query q) throws EntityFailure {
    if (q instanceof Entity e) {
      return resolve(e);
    }
    if (q instanceof Relation r) {
      return new Relation(r.relationType(), resolve(r.first()), resolve(r.second()));
    }
    if (q instanceof And and) {
      return new And(resolveAll(and.operands()));
    }
    if (q instanceof Or or) {
      return new Or(resolveAll(or.operands()));
    }
    if (q instanceof Not not) {
      return new Not(resolveEntities(not.include()), resolveEntities(not.exclude()));
    }
    if (q instanceof Near near) {
      return new Near(resolveAll(near.operands()), near.wordsBetween());
    }
    return q;
  }

  private List<Query> resolveAll(List<Query> operands) throws EntityFailure {
    List<Query> out = new ArrayList<>();
    for (Query q : operands) {
      out.add(resolveEntities(q));
    }
    return out;
  }

  private ResolvedEntity resolve(EntityOperand operand) throws EntityFailure {
    if (operand instanceof ResolvedEntity r) {
      return r;
    }
    Entity e = (Entity) operand;
    if (entities.isEmpty()) {
      throw new EntityFailure(
          e,
          "entity searches need the search index, which this reader was made without",
          List.of());
    }
    try {
      NamedEntity found = entities.get().resolve(new EntityReference(e.type(), e.text(), false));
      return new ResolvedEntity(e, found.id(), found.name());
    } catch (UnknownEntityException unknown) {
      throw new EntityFailure(
          e,
          unknown.getMessage(),
          unknown.suggestions().stream().flatMap(n -> asQuery(n).stream()).toList());
    }
  }

  /**
   * A suggested entity as the query would name it: by name when the syntax can write it, else by
   * identifier; empty when it can write neither.
   */
  private static Optional<String> asQuery(NamedEntity entity) {
    String name = entity.name().replace(' ', '_');
    return Stream.of(name, entity.id())
        .filter(Entity::writable)
        .findFirst()
        .map(text -> PubMedPrinter.print(new Entity(entity.type(), text)));
  }

  /**
   * @param hashed whether the reference is written {@code #3}; Ovid writes a bare {@code 3}, which
   *     a single query's "covid (2020)" means as a word
   */
  private static String referenceProblem(
      int number, Ref ref, boolean hashed, Map<Integer, Line> earlier, boolean inHistory) {
    String label = ref.label();
    if (!inHistory) {
      boolean year = label.matches("(18|19|20)\\d\\d");
      return (hashed ? "#" + label : "a number on its own, " + label + ", as Ovid numbers lines,")
          + " refers to line "
          + label
          + " of a search history, and a single query has none; write \""
          + label
          + "\" to search for the number"
          + (year ? ", " + label + "[dp] for articles of that year" : "")
          + " or "
          + label
          + "[pmid] for the article with that PMID";
    }
    Integer target = label.matches("\\d{1,6}") ? Integer.valueOf(label) : null;
    if (target != null && target == number) {
      return "expected a reference to an earlier line but found #" + label + ", this line itself";
    }
    if (target != null && target > number) {
      return "expected a reference to an earlier line but found #" + label + ", a later line";
    }
    Line referred = target == null ? null : earlier.get(target);
    if (referred == null) {
      return "expected a reference to an earlier line but found #"
          + label
          + ", which does not exist";
    }
    return referred.ok()
        ? null
        : "line " + number + " refers to line " + target + ", which has an error";
  }

  private static Line failed(
      int number, String text, int column, String message, List<String> suggestions) {
    return new Line(number, text, null, null, new QueryError(number, column, message, suggestions));
  }

  /**
   * Where a reference is written in its line (#3, or Ovid's bare 3 and or/1-3); the line's start
   * when unclear.
   */
  private static int columnOf(Ref ref, String text) {
    Matcher m =
        Pattern.compile("(?<![\\w.])#?" + Pattern.quote(ref.label()) + "(?![\\w.])").matcher(text);
    if (m.find()) {
      return m.start() + 1;
    }
    Matcher range = Pattern.compile("(?i)(or|and)\\s*/?\\s*[\\d,\\s-]+").matcher(text);
    return range.find() ? range.start() + 1 : 1;
  }

  /**
   * Where a heading's name or an entity is written in its line; the line's start when it cannot be
   * found as written.
   */
  private static int columnOf(String written, String text) {
    int at = text.toLowerCase(Locale.ROOT).indexOf(written.toLowerCase(Locale.ROOT));
    return at < 0 ? 1 : at + 1;
  }

  private static <T extends Query> void collect(Query q, Class<T> kind, List<T> out) {
    if (kind.isInstance(q)) {
      out.add(kind.cast(q));
    } else if (q instanceof And and) {
      and.operands().forEach(o -> collect(o, kind, out));
    } else if (q instanceof Or or) {
      or.operands().forEach(o -> collect(o, kind, out));
    } else if (q instanceof Near near) {
      near.operands().forEach(o -> collect(o, kind, out));
    } else if (q instanceof Not not) {
      collect(not.include(), kind, out);
      collect(not.exclude(), kind, out);
    }
  }
}
