package org.litfacets.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.litfacets.article.EntityType;
import org.litfacets.article.RelationType;
import org.litfacets.query.FieldTags.Target;
import org.litfacets.query.Query.And;
import org.litfacets.query.Query.DateRange;
import org.litfacets.query.Query.Heading;
import org.litfacets.query.Query.Near;
import org.litfacets.query.Query.Not;
import org.litfacets.query.Query.Or;
import org.litfacets.query.Query.Ref;
import org.litfacets.query.Query.Term;
import org.litfacets.query.Token.Kind;

/**
 * Recursive-descent parser of one query line, in PubMed syntax, Ovid MEDLINE syntax or a mix of
 * both:
 *
 * <pre>
 * query     = boolean END
 * boolean   = proximity { [AND | OR | NOT] proximity }       -- strictly left to right; no operator means AND
 * proximity = unary { ADJn unary }                            -- binds tighter than AND, OR, NOT
 * unary     = primary [ SUFFIX [ TAG ] ]                      -- Ovid .ti,ab. applies to the primary before it
 * primary   = "(" boolean ")" | HASH | entity | relation | limit | combination | run
 * entity    = "@" TYPE "_" TEXT                               -- PubTator: @CHEMICAL_Doxorubicin, @GENE_NCBIGene:7157
 * relation  = "relations:" (ANY | RELATION_TYPE) "|" entity "|" entity
 * limit     = "limit" reference "to" ( code "=" value | QUOTED | WORD+ )
 * combination = ("or" | "and") ["/"] LIST                     -- or/1-5, and/3,4, OR 1-14
 * run       = ["exp"] ( QUOTED | WORD+ ) [ "/" subheadings [ TAG ] [ "exp" ] | TAG ]
 * </pre>
 *
 * A run is a phrase of words: {@code heart failure[tiab]}, {@code exp Heart Failure/}, {@code
 * Asthma/dt, th}, or a lone number, which refers to an earlier line of a history. TYPE is one of
 * PubTator's six types (CHEMICAL, DISEASE, GENE, SPECIES, VARIANT, CELLLINE) in any case, TEXT a
 * name (underscores for spaces) or an identifier, RELATION_TYPE one of BioRED's relation types.
 */
public final class QueryParser {
  private static final int MAX_DEPTH = 100;

  /**
   * Far above the 139 of the longest CLEF TAR line; keeps the tree shallow enough to walk
   * recursively.
   */
  private static final int MAX_OPERATORS = 1_000;

  private static final int MAX_REFERENCES = 10_000;
  private static final Pattern ADJ = Pattern.compile("(?i)adj(\\d{0,3})");
  private static final Pattern INTEGER = Pattern.compile("\\d{1,6}");
  private static final Pattern REFERENCE_LIST =
      Pattern.compile("\\d{1,6}(-\\d{1,6})?(,\\d{1,6}(-\\d{1,6})?)*");
  private static final Pattern DATE_PART =
      Pattern.compile("(\\d{4})(?:/?(\\d{2})(?:/?(\\d{2}))?)?");
  private static final Map<String, Target> ALIASES =
      Map.ofEntries(
          Map.entry("title", new Target.OfTerm(Field.TITLE)),
          Map.entry("abstract", new Target.OfTerm(Field.ABSTRACT)),
          Map.entry("journal", new Target.OfTerm(Field.JOURNAL)),
          Map.entry("year", new Target.OfDate(DateField.PUBLICATION)),
          Map.entry("author", new Target.OfTerm(Field.AUTHOR)),
          Map.entry("keyword", new Target.OfTerm(Field.KEYWORD)),
          // The search box's mesh field is the heading alone; mesh_exp explodes it, as the facet
          // filters do.
          Map.entry("mesh", new Target.OfHeading(false, false)),
          Map.entry("mesh_exp", new Target.OfHeading(true, false)),
          Map.entry("mesh_ui", new Target.OfHeading(false, false)),
          Map.entry("publication_type", new Target.OfTerm(Field.PUBLICATION_TYPE)),
          Map.entry("language", new Target.OfTerm(Field.LANGUAGE)),
          Map.entry("pmid", new Target.OfTerm(Field.PMID)),
          Map.entry("doi", new Target.OfTerm(Field.DOI)));
  private static final Map<String, DateField> LIMIT_DATES =
      Map.of(
          "yr",
          DateField.PUBLICATION,
          "dp",
          DateField.PUBLICATION,
          "ed",
          DateField.ENTRY,
          "dc",
          DateField.CREATE);

  private final List<Token> tokens;
  private final Positions positions;
  private final Set<String> labels;
  private int pos;
  private int depth;
  private int operators;

  private QueryParser(List<Token> tokens, Positions positions, Set<String> labels) {
    this.tokens = tokens;
    this.positions = positions;
    this.labels = labels;
  }

  /** Parses one query; line breaks in it are spaces. */
  public static Query parse(String query) throws QuerySyntaxException {
    return parse(query, 0, query.length(), new Positions(query), Set.of());
  }

  /**
   * Parses the part of a larger text between {@code start} and {@code end}, so errors point into
   * the whole text.
   *
   * @param labels line labels other than numbers that a lone word refers to ("1a", "A" in sectioned
   *     strategies)
   */
  static Query parse(String text, int start, int end, Positions positions, Set<String> labels)
      throws QuerySyntaxException {
    QueryParser parser =
        new QueryParser(Lexer.tokens(text, start, end, positions), positions, labels);
    if (parser.peek().is(Kind.END)) {
      throw parser.expected("a query");
    }
    Query q = parser.parseBoolean();
    if (!parser.peek().is(Kind.END)) {
      throw parser.expected("an operator or end of line");
    }
    return q;
  }

  private Query parseBoolean() throws QuerySyntaxException {
    Query left = parseProximity();
    while (true) {
      Token t = peek();
      String operator = booleanOperator(t);
      if (operator != null) {
        pos++;
      } else if (startsOperand(t)) {
        operator = "and";
      } else {
        return left;
      }
      countOperator(t);
      Query right = parseProximity();
      left =
          switch (operator) {
            case "and" -> new And(List.of(left, right));
            case "or" -> new Or(List.of(left, right));
            default -> new Not(left, right);
          };
    }
  }

  private Query parseProximity() throws QuerySyntaxException {
    Query left = parseUnary();
    Token adj = null;
    while (peek().is(Kind.WORD) && ADJ.matcher(peek().text()).matches()) {
      adj = next();
      countOperator(adj);
      String digits = adj.text().substring(3);
      int n = digits.isEmpty() ? 1 : Integer.parseInt(digits);
      if (n < 1 || n > 99) {
        throw positions.error(adj.start(), "expected adj1 to adj99 but found '" + adj.text() + "'");
      }
      Query right = parseUnary();
      left = new Near(List.of(left, right), n - 1);
    }
    // Once the whole chain is read, so that "a adj2 b.ti." and "a adj2 (b.ti.)" mean the same.
    return adj == null ? left : sameFieldInside(left, adj);
  }

  private void countOperator(Token at) throws QuerySyntaxException {
    if (++operators > MAX_OPERATORS) {
      throw positions.error(
          at.start(),
          "expected at most " + MAX_OPERATORS + " operators in one query but found more");
    }
  }

  private Query parseUnary() throws QuerySyntaxException {
    Query q = parsePrimary();
    if (peek().is(Kind.SUFFIX)) {
      Token suffix = next();
      Target target;
      try {
        target = FieldTags.ovid(suffix.codes());
      } catch (IllegalArgumentException e) {
        throw positions.error(suffix.start(), e.getMessage());
      }
      q = applyField(q, target, suffix);
      // Ovid prints what .mp. covers after it: "[mp=title, abstract, ...]".
      if (peek().is(Kind.TAG) && peek().text().contains("=")) {
        pos++;
      }
    }
    return q;
  }

  private Query parsePrimary() throws QuerySyntaxException {
    Token t = peek();
    switch (t.kind()) {
      case LPAREN -> {
        if (++depth > MAX_DEPTH) {
          throw positions.error(t.start(), "expected at most " + MAX_DEPTH + " nested parentheses");
        }
        pos++;
        Query inner = parseBoolean();
        if (!peek().is(Kind.RPAREN)) {
          throw expected("')'");
        }
        pos++;
        depth--;
        return inner;
      }
      case HASH -> {
        pos++;
        if (t.text().chars().allMatch(Character::isDigit)) {
          if (!INTEGER.matcher(t.text()).matches()) {
            throw positions.error(
                t.start(),
                "expected a line number of at most 6 digits but found '#" + t.text() + "'");
          }
          return new Ref(Integer.toString(Integer.parseInt(t.text())));
        }
        return new Ref(t.text());
      }
      case ENTITY -> {
        pos++;
        return entity(t.text(), t.start());
      }
      case RELATION -> {
        pos++;
        return relation(t);
      }
      case WORD, QUOTED -> {
        if (t.isWord("limit") && (peek(1).is(Kind.HASH) || isInteger(peek(1)))) {
          return parseLimit();
        }
        if ((t.isWord("or") || t.isWord("and"))
            && (peek(1).is(Kind.SLASH) || isReferenceList(peek(1)))) {
          return parseCombination();
        }
        if (booleanOperator(t) != null || isAdj(t)) {
          throw expected("a term");
        }
        return parseRun();
      }
      default -> throw expected("a term");
    }
  }

  /**
   * {@code @TYPE_TEXT} starting at {@code start} of the input.
   *
   * @param written the entity up to where it ends
   */
  private Query.Entity entity(String written, int start) throws QuerySyntaxException {
    int underscore = written.indexOf('_');
    if (written.length() < 2 || underscore < 0) {
      throw positions.error(
          start,
          "expected an entity such as @CHEMICAL_Doxorubicin or @CHEMICAL_MESH:D004317 (@TYPE_name"
              + " or @TYPE_identifier) but found '"
              + written
              + "'");
    }
    String typeName = written.substring(1, underscore);
    EntityType type =
        Query.Entity.ofTypeName(typeName)
            .orElseThrow(
                () ->
                    positions.error(
                        start + 1,
                        "expected an entity type ("
                            + String.join(
                                ", ",
                                Arrays.stream(EntityType.values())
                                    .map(Query.Entity::typeName)
                                    .toList())
                            + ") but found '"
                            + typeName
                            + "' in '"
                            + written
                            + "'"));
    String text = written.substring(underscore + 1);
    if (text.isEmpty()) {
      throw positions.error(
          start + written.length(),
          "expected a name or identifier after '" + written + "' but found none");
    }
    int next = text.indexOf(Query.Entity.NEXT_ENTITY);
    if (next >= 0) {
      throw positions.error(
          start + underscore + 1 + next,
          "expected one entity but found a second one after '|': write relations:ANY|"
              + written.substring(0, Math.min(written.length(), underscore + 1 + next))
              + "|@... for a relation between two entities");
    }
    return new Query.Entity(type, text);
  }

  /** {@code relations:TYPE|@A|@B}; "|@" separates, as identifiers may hold bars. */
  private Query relation(Token t) throws QuerySyntaxException {
    String written = t.text();
    int typeStart = Query.Relation.PREFIX.length();
    int typeEnd = written.indexOf('|', typeStart);
    String typeName = written.substring(typeStart, typeEnd < 0 ? written.length() : typeEnd);
    Optional<RelationType> relationType = Optional.empty();
    if (!typeName.equalsIgnoreCase(Query.Relation.ANY)) {
      relationType =
          Arrays.stream(RelationType.values())
              .filter(r -> r.corpusName().equalsIgnoreCase(typeName))
              .findFirst();
      if (relationType.isEmpty()) {
        throw positions.error(
            t.start() + typeStart,
            "expected ANY or a relation type ("
                + String.join(
                    ", ",
                    Arrays.stream(RelationType.values()).map(RelationType::corpusName).toList())
                + ") but found '"
                + typeName
                + "'");
      }
    }
    int second = typeEnd < 0 ? -1 : written.indexOf(Query.Entity.NEXT_ENTITY, typeEnd + 1);
    if (typeEnd < 0
        || typeEnd + 1 == written.length()
        || written.charAt(typeEnd + 1) != '@'
        || second < 0
        || written.indexOf(Query.Entity.NEXT_ENTITY, second + 1) >= 0) {
      throw positions.error(
          t.start() + (typeEnd < 0 ? written.length() : typeEnd),
          "expected two entities, as in relations:ANY|@CHEMICAL_Doxorubicin|@DISEASE_Cardiotoxicity,"
              + " but found '"
              + written
              + "'");
    }
    Query.Entity first = entity(written.substring(typeEnd + 1, second), t.start() + typeEnd + 1);
    return new Query.Relation(
        relationType, first, entity(written.substring(second + 1), t.start() + second + 1));
  }

  /** {@code limit 3 to english language}: the line and a filter, ANDed. */
  private Query parseLimit() throws QuerySyntaxException {
    pos++;
    Token line = next();
    Query ref =
        new Ref(line.is(Kind.HASH) ? line.text() : Integer.toString(Integer.parseInt(line.text())));
    if (!peek().isWord("to")) {
      throw expected("'to'");
    }
    pos++;
    Token t = peek();
    DateField dateField =
        t.is(Kind.WORD) ? LIMIT_DATES.get(t.text().toLowerCase(Locale.ROOT)) : null;
    if (dateField != null && peek(1).is(Kind.EQUALS)) {
      pos += 2;
      Token value = next();
      if (!value.is(Kind.WORD) && !value.is(Kind.QUOTED)) {
        pos--;
        throw expected("a date range");
      }
      return new And(List.of(ref, dateRange(dateField, value.text(), value)));
    }
    StringBuilder name = new StringBuilder();
    if (t.is(Kind.QUOTED)) {
      name.append(next().text());
    } else {
      while (peek().is(Kind.WORD) && booleanOperator(peek()) == null) {
        name.append(name.length() == 0 ? "" : " ").append(next().text());
      }
    }
    return new And(List.of(ref, namedLimit(name.toString().trim().toLowerCase(Locale.ROOT), t)));
  }

  private Query namedLimit(String name, Token at) throws QuerySyntaxException {
    if (name.equals("humans") || name.equals("human")) {
      return new Heading("Humans", "", true, false);
    }
    if (name.equals("animals")) {
      return new Heading("Animals", "", true, false);
    }
    if (name.equals("english") || name.matches("[a-z]+ language")) {
      return new Term(name.split(" ")[0], Field.LANGUAGE, false);
    }
    if (name.equals("reviews (maximizes specificity)")) {
      // Ovid's clinical-queries filter (Haynes et al.'s review hedge, best specificity).
      return new Or(
          List.of(
              new Term("medline", Field.TITLE_ABSTRACT, false),
              new Term("systematic review", Field.TITLE_ABSTRACT, false),
              new Term("meta analysis", Field.PUBLICATION_TYPE, false)));
    }
    throw positions.error(
        at.start(),
        "expected a limit (humans, animals, LANGUAGE language, yr=, ed=, "
            + "\"reviews (maximizes specificity)\") but found '"
            + name
            + "'");
  }

  /** {@code or/1-5}, {@code and/3,4} and {@code OR 1-14}: every listed line, ORed or ANDed. */
  private Query parseCombination() throws QuerySyntaxException {
    boolean or = next().isWord("or");
    if (peek().is(Kind.SLASH)) {
      pos++;
    }
    Token list = peek();
    if (!isReferenceList(list)) {
      throw expected("line numbers such as 1-5 or 3,4");
    }
    pos++;
    List<Query> refs = new ArrayList<>();
    for (String item : list.text().split(",")) {
      String[] range = item.split("-");
      int from = Integer.parseInt(range[0]);
      int to = range.length == 1 ? from : Integer.parseInt(range[1]);
      if (to < from || refs.size() + (to - from) >= MAX_REFERENCES) {
        throw positions.error(
            list.start(),
            "expected increasing line ranges of at most "
                + MAX_REFERENCES
                + " lines but found '"
                + list.text()
                + "'");
      }
      for (int n = from; n <= to; n++) {
        refs.add(new Ref(Integer.toString(n)));
      }
    }
    if (refs.size() == 1) {
      return refs.get(0);
    }
    return or ? new Or(refs) : new And(refs);
  }

  private Query parseRun() throws QuerySyntaxException {
    Token first = peek();
    boolean explode = false;
    if (first.isWord("exp")
        && (peek(1).is(Kind.QUOTED)
            || peek(1).is(Kind.WORD) && booleanOperator(peek(1)) == null && !isAdj(peek(1)))) {
      explode = true;
      pos++;
      first = peek();
    }
    if (first.is(Kind.WORD) && alias(first) != null) {
      if (explode) {
        throw positions.error(
            first.start(), "expected a MeSH heading after 'exp' but found '" + first.text() + "'");
      }
      return parseAlias();
    }
    List<Token> words = new ArrayList<>();
    if (first.is(Kind.QUOTED)) {
      words.add(next());
    } else {
      while (peek().is(Kind.WORD)
          && booleanOperator(peek()) == null
          && !isAdj(peek())
          && (words.isEmpty() || alias(peek()) == null)) {
        words.add(next());
      }
    }
    boolean quoted = first.is(Kind.QUOTED);
    String raw = joined(words);
    boolean major =
        !quoted && raw.startsWith("*") && raw.length() > 1 && (explode || peek().is(Kind.SLASH));
    if (major) {
      raw = raw.substring(1).trim();
    }
    Token after = peek();
    if (after.is(Kind.SLASH)) {
      return parseHeadingWithSlash(raw, first, explode, major);
    }
    if (after.is(Kind.TAG)) {
      pos++;
      Target target =
          FieldTags.pubmed(after.text())
              .orElseThrow(
                  () ->
                      positions.error(
                          after.start(),
                          "expected a field tag such as [tiab] or [mh] but found ["
                              + after.text()
                              + "]"));
      if (target instanceof Target.OfHeading h) {
        return heading(raw, first, h.explode() || explode, h.major());
      }
      if (explode) {
        throw positions.error(
            first.start(), "expected a MeSH heading after 'exp' but found [" + after.text() + "]");
      }
      return tagged(raw, quoted, target, first);
    }
    if (explode || major) {
      throw expected("'/' or a MeSH tag after the heading '" + raw + "'");
    }
    if (!quoted
        && words.size() == 1
        && !peek().is(Kind.SUFFIX)
        && (INTEGER.matcher(raw).matches() || labels.contains(raw))) {
      return new Ref(
          INTEGER.matcher(raw).matches() ? Integer.toString(Integer.parseInt(raw)) : raw);
    }
    if (!quoted
        && words.size() > 1
        && words.stream().allMatch(w -> INTEGER.matcher(w.text()).matches())) {
      throw positions.error(
          words.get(1).start(),
          "expected an operator between line numbers but found '" + words.get(1).text() + "'");
    }
    return term(raw, Field.UNTAGGED, quoted, first);
  }

  /**
   * After {@code Heading/}: Ovid's subheadings ({@code /dt, th}), maybe an annotation ({@code [Drug
   * Therapy]}) or a trailing {@code exp}; or PubMed's {@code asthma/drug therapy[mh]}. A non-MeSH
   * tag makes a term with a slash.
   */
  private Query parseHeadingWithSlash(String name, Token first, boolean explode, boolean major)
      throws QuerySyntaxException {
    if (name.contains("/")) {
      throw positions.error(
          first.start(), "expected a heading name without '/' but found '" + name + "'");
    }
    pos++;
    List<Token> words = new ArrayList<>();
    while (peek().is(Kind.WORD) && booleanOperator(peek()) == null && !isAdj(peek())) {
      words.add(next());
    }
    if (!words.isEmpty() && words.get(words.size() - 1).isWord("exp")) {
      explode = true;
      words.remove(words.size() - 1);
    }
    String subheadings = joined(words);
    if (peek().is(Kind.TAG)) {
      Token tag = next();
      Target target = FieldTags.pubmed(tag.text()).orElse(null);
      if (target instanceof Target.OfHeading h) {
        explode |= h.explode();
        major |= h.major();
      } else if (target instanceof Target.OfTerm t && !explode && !major) {
        String text = subheadings.isEmpty() ? name + "/" : name + "/" + subheadings;
        return new Term(termText(text, first), t.field(), true);
      }
    }
    List<Query> headings = new ArrayList<>();
    for (String sub : subheadings.split(",")) {
      if (!sub.isBlank()) {
        headings.add(
            new Heading(headingName(name, first), Subheadings.canonical(sub), explode, major));
      }
    }
    if (headings.isEmpty()) {
      return new Heading(headingName(name, first), "", explode, major);
    }
    return headings.size() == 1 ? headings.get(0) : new Or(headings);
  }

  private Query parseAlias() throws QuerySyntaxException {
    Token word = next();
    int colon = word.text().indexOf(':');
    Target target = alias(word);
    String value = word.text().substring(colon + 1);
    boolean quoted = false;
    if (value.isEmpty()) {
      if (!peek().is(Kind.QUOTED) || peek().start() != word.end()) {
        throw expected("a value after '" + word.text() + "'");
      }
      value = next().text();
      quoted = true;
    }
    if (target instanceof Target.OfHeading h) {
      return heading(value, word, h.explode(), h.major());
    }
    // A DOI is an identifier, searched as written, and a value like "doi:x" in title:doi:x is not
    // an alias: quoting
    // them keeps their slashes, dots and colons from being read as syntax when printed.
    boolean literal =
        target.equals(new Target.OfTerm(Field.DOI))
            || value.indexOf(':') > 0 && alias(value) != null;
    return tagged(value, quoted || literal, target, word);
  }

  private Query tagged(String text, boolean quoted, Target target, Token at)
      throws QuerySyntaxException {
    if (target instanceof Target.OfTerm t) {
      return term(text, t.field(), quoted, at);
    }
    if (target instanceof Target.OfDate d) {
      return dateRange(d.field(), text, at);
    }
    if (target instanceof Target.OfHeading h) {
      return heading(text, at, h.explode(), h.major());
    }
    Target.OfProximity p = (Target.OfProximity) target;
    String[] words = termText(text, at).split(" ");
    if (words.length < 2) {
      throw positions.error(
          at.start(),
          "expected two or more words to search near each other but found '" + text + "'");
    }
    List<Query> operands = new ArrayList<>();
    for (String w : words) {
      operands.add(new Term(w, p.field(), !readsBackAsWords(w)));
    }
    return new Near(operands, p.wordsBetween());
  }

  private Term term(String text, Field field, boolean quoted, Token at)
      throws QuerySyntaxException {
    String words = termText(text, at);
    String value = field == Field.SUBHEADING ? Subheadings.canonical(words) : words;
    return new Term(value, field, quoted || !readsBackAsWords(value));
  }

  /**
   * Whether the words, printed unquoted with their field, would be read back as the same words of a
   * term, and not as a reference, an alias, a field suffix or an operator (odd input such as {@code
   * title:#1} or {@code a.sh.tw}). Terms that would not are kept quoted, so that every parsed query
   * prints in a form that parses back to it.
   */
  static boolean readsBackAsWords(String words) {
    String[] split = words.split(" ");
    List<Token> tokens;
    try {
      tokens = Lexer.tokens(words, 0, words.length(), new Positions(words));
    } catch (QuerySyntaxException e) {
      return false;
    }
    if (tokens.size() != split.length + 1
        || alias(split[0]) != null
        || split.length > 1
            && (split[0].equalsIgnoreCase("exp") || split[0].equalsIgnoreCase("limit"))) {
      return false;
    }
    for (int i = 0; i < split.length; i++) {
      Token t = tokens.get(i);
      if (!t.is(Kind.WORD)
          || !t.text().equals(split[i])
          || booleanOperator(t) != null
          || isAdj(t)) {
        return false;
      }
    }
    return true;
  }

  /** A heading; a slash in the name ({@code "Sepsis/blood"[mh]}) separates its subheading. */
  private Heading heading(String text, Token at, boolean explode, boolean major)
      throws QuerySyntaxException {
    int slash = text.indexOf('/');
    String name = headingName(slash < 0 ? text : text.substring(0, slash), at);
    return new Heading(
        name, slash < 0 ? "" : Subheadings.canonical(text.substring(slash + 1)), explode, major);
  }

  private String headingName(String text, Token at) throws QuerySyntaxException {
    String name = text.trim().replaceAll("\\s+", " ");
    if (name.isEmpty()) {
      throw positions.error(at.start(), "expected a heading name");
    }
    return name;
  }

  /**
   * Ovid's field suffix (or the field a proximity search runs in) applied to every untagged term
   * inside {@code q}: {@code (a or b).ti.} is {@code a.ti. or b.ti.}; {@code .sh.} turns terms into
   * headings.
   */
  private Query applyField(Query q, Target target, Token at) throws QuerySyntaxException {
    if (q instanceof Term t && t.field() == Field.UNTAGGED) {
      return tagged(t.text(), t.quoted(), target, at);
    }
    if (q instanceof And and) {
      return new And(applyAll(and.operands(), target, at));
    }
    if (q instanceof Or or) {
      return new Or(applyAll(or.operands(), target, at));
    }
    if (q instanceof Not not) {
      return new Not(applyField(not.include(), target, at), applyField(not.exclude(), target, at));
    }
    if (q instanceof Near near) {
      if (!(target instanceof Target.OfTerm)) {
        throw positions.error(
            at.start(),
            "expected a text field for a proximity search but found '" + at.text() + "'");
      }
      return new Near(applyAll(near.operands(), target, at), near.wordsBetween());
    }
    return q;
  }

  private List<Query> applyAll(List<Query> operands, Target target, Token at)
      throws QuerySyntaxException {
    List<Query> out = new ArrayList<>();
    for (Query q : operands) {
      out.add(applyField(q, target, at));
    }
    return out;
  }

  /**
   * A proximity search runs in one field: in each proximity node, innermost first, untagged terms
   * take the field the tagged ones name when they name one.
   */
  private Query sameFieldInside(Query q, Token at) throws QuerySyntaxException {
    if (q instanceof Near near) {
      Near inner = new Near(sameFieldInsideAll(near.operands(), at), near.wordsBetween());
      Set<Field> fields = new HashSet<>();
      collectFields(inner, fields);
      fields.remove(Field.UNTAGGED);
      return fields.size() == 1
          ? applyField(inner, new Target.OfTerm(fields.iterator().next()), at)
          : inner;
    }
    if (q instanceof And and) {
      return new And(sameFieldInsideAll(and.operands(), at));
    }
    if (q instanceof Or or) {
      return new Or(sameFieldInsideAll(or.operands(), at));
    }
    if (q instanceof Not not) {
      return new Not(sameFieldInside(not.include(), at), sameFieldInside(not.exclude(), at));
    }
    return q;
  }

  private List<Query> sameFieldInsideAll(List<Query> operands, Token at)
      throws QuerySyntaxException {
    List<Query> out = new ArrayList<>();
    for (Query q : operands) {
      out.add(sameFieldInside(q, at));
    }
    return out;
  }

  private static void collectFields(Query q, Set<Field> fields) {
    if (q instanceof Term t) {
      fields.add(t.field());
    } else if (q instanceof And and) {
      and.operands().forEach(o -> collectFields(o, fields));
    } else if (q instanceof Or or) {
      or.operands().forEach(o -> collectFields(o, fields));
    } else if (q instanceof Near near) {
      near.operands().forEach(o -> collectFields(o, fields));
    } else if (q instanceof Not not) {
      collectFields(not.include(), fields);
      collectFields(not.exclude(), fields);
    }
  }

  /**
   * Dates as PubMed ({@code 2010}, {@code 2010:2020}, {@code 2010/01/01:2015/02/28}) and Ovid write
   * them ({@code 2010-2020}, {@code 19460101-20181112}, {@code 1970 -Current}, {@code 2012*}).
   */
  private DateRange dateRange(DateField field, String text, Token at) throws QuerySyntaxException {
    String compact = text.replaceAll("\\s+", "");
    if (compact.endsWith("*")) {
      compact = compact.substring(0, compact.length() - 1);
    }
    String[] parts = compact.split("[:-]", -1);
    if (parts.length <= 2) {
      String from = date(parts[0], false);
      String to = parts.length == 1 ? from : date(parts[1], true);
      if (from != null
          && to != null
          && (to.equals(DateRange.OPEN_END) || from.compareTo(to) <= 0)) {
        return new DateRange(field, from, to);
      }
    }
    throw positions.error(
        at.start(),
        "expected a date or date range (2010, 2010:2020, 19460101-20181112) but "
            + "found '"
            + text
            + "'");
  }

  private static String date(String part, boolean end) {
    if (end && part.equalsIgnoreCase("current")) {
      return DateRange.OPEN_END;
    }
    Matcher m = DATE_PART.matcher(part);
    if (!m.matches()) {
      return null;
    }
    String date =
        m.group(1)
            + (m.group(2) == null ? "" : "/" + m.group(2))
            + (m.group(3) == null ? "" : "/" + m.group(3));
    try {
      new DateRange(DateField.PUBLICATION, date, date);
      return date;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * The words of a term with Ovid's truncation and wildcards in one notation: {@code $}, {@code
   * $N}, {@code *N} and a trailing {@code :} become {@code *}; {@code ?} and {@code #} stay.
   */
  private String termText(String text, Token at) throws QuerySyntaxException {
    List<String> out = new ArrayList<>();
    for (String word : text.trim().split("\\s+")) {
      String w = word.replaceAll("\\$\\d*", "*").replaceAll("\\*\\d+$", "*");
      if (w.endsWith(":") && w.length() > 1) {
        w = w.substring(0, w.length() - 1) + "*";
      }
      if (!w.isEmpty() && w.chars().allMatch(c -> c == '*' || c == '?' || c == '#')) {
        throw positions.error(at.start(), "expected a term but found '" + word + "'");
      }
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    if (out.isEmpty()) {
      throw positions.error(at.start(), "expected words inside the quotes");
    }
    return String.join(" ", out);
  }

  private static Target alias(Token word) {
    return alias(word.text());
  }

  private static Target alias(String word) {
    int colon = word.indexOf(':');
    return colon <= 0 ? null : ALIASES.get(word.substring(0, colon).toLowerCase(Locale.ROOT));
  }

  private static String joined(List<Token> words) {
    StringBuilder sb = new StringBuilder();
    for (Token w : words) {
      sb.append(sb.length() == 0 ? "" : " ").append(w.text());
    }
    return sb.toString();
  }

  private static String booleanOperator(Token t) {
    if (!t.is(Kind.WORD)) {
      return null;
    }
    String lower = t.text().toLowerCase(Locale.ROOT);
    return lower.equals("and") || lower.equals("or") || lower.equals("not") ? lower : null;
  }

  private static boolean isAdj(Token t) {
    return t.is(Kind.WORD) && ADJ.matcher(t.text()).matches();
  }

  private static boolean isInteger(Token t) {
    return t.is(Kind.WORD) && INTEGER.matcher(t.text()).matches();
  }

  private static boolean isReferenceList(Token t) {
    return t.is(Kind.WORD) && REFERENCE_LIST.matcher(t.text()).matches();
  }

  private static boolean startsOperand(Token t) {
    return switch (t.kind()) {
      case WORD -> !isAdj(t);
      case QUOTED, LPAREN, HASH, ENTITY, RELATION -> true;
      default -> false;
    };
  }

  private Token peek() {
    return tokens.get(pos);
  }

  private Token peek(int ahead) {
    return tokens.get(Math.min(pos + ahead, tokens.size() - 1));
  }

  private Token next() {
    return tokens.get(pos++);
  }

  private QuerySyntaxException expected(String what) {
    Token t = peek();
    return positions.error(t.start(), "expected " + what + " but found " + describe(t));
  }

  private static String describe(Token t) {
    String text =
        switch (t.kind()) {
          case END -> null;
          case QUOTED -> "\"" + t.text() + "\"";
          case TAG -> "[" + t.text() + "]";
          case HASH -> "#" + t.text();
          default -> t.text();
        };
    if (text == null) {
      return "end of line";
    }
    return "'" + (text.length() > 40 ? text.substring(0, 40) + "..." : text) + "'";
  }
}
