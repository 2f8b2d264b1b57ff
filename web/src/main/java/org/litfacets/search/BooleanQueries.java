package org.litfacets.search;

import static org.litfacets.store.ArticleFields.*;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.solr.client.solrj.SolrQuery;
import org.litfacets.mesh.Descriptor;
import org.litfacets.mesh.MeshVocabulary;
import org.litfacets.query.AutomaticTermMapping;
import org.litfacets.query.Field;
import org.litfacets.query.PubMedPrinter;
import org.litfacets.query.Query;
import org.litfacets.query.Query.And;
import org.litfacets.query.Query.DateRange;
import org.litfacets.query.Query.EntityOperand;
import org.litfacets.query.Query.Near;
import org.litfacets.query.Query.Not;
import org.litfacets.query.Query.Or;
import org.litfacets.query.Query.Relation;
import org.litfacets.query.Query.ResolvedEntity;
import org.litfacets.query.Query.ResolvedHeading;
import org.litfacets.query.Query.Term;
import org.litfacets.store.EntityKey;
import org.litfacets.store.EntityValues;

/**
 * The one place where a Boolean search (a tree from {@link QueryReader}: PubMed or Ovid syntax,
 * headings resolved, references expanded) becomes a Solr query, over articles or over sentences.
 *
 * <p>What users type never becomes query syntax. The query string is made of field names, operators
 * and parameter names only; every word or phrase travels in a request parameter of its own, read by
 * a parser that does not parse it: {@code {!field f=title v=$w3}} (analysed as indexed text is,
 * several words making a phrase), {@code {!term}}, {@code {!terms}}, {@code {!prefix}}. Only
 * phrases with truncated words and proximity searches need a parser that reads syntax
 * (complexphrase), and it parses its text twice, unescaping in between, so escaping would not hold:
 * {@link #wildcardWords} keeps nothing of those words but letters, digits and the wildcards. An
 * entity ({@code @CHEMICAL_Doxorubicin}) searches the identifier the index resolved it to, and a
 * relation search ({@code relations:ANY|@A|@B}) the stored relation values ({@link EntityValues}).
 * Requests also carry {@code expandMacros=false}, so that {@code ${name}} in a word is not replaced
 * by another parameter.
 */
public final class BooleanQueries {
  /** Where a search runs: article documents, or the sentence documents nested under them. */
  public enum Target {
    ARTICLES,
    SENTENCES
  }

  /**
   * Lucene refuses a query of more than 1,024 clauses (Solr's default limit, over the whole query),
   * with an error that does not say why; refusing here first says it in the user's terms.
   */
  static final int MAX_CLAUSES = 1024;

  /** Each '?' doubles the spellings searched ("an?emia": anemia, anaemia): 3 in a word make 8. */
  private static final int MAX_OPTIONAL_CHARACTERS = 3;

  private static final Pattern WILDCARD_WORD = Pattern.compile("[\\p{L}\\p{N}*?#]+");
  private static final Pattern PLAIN_PREFIX = Pattern.compile("[^*?#]+\\*");

  /**
   * Parent filter of block joins from articles to their sentences: every article document and
   * nothing else.
   */
  private static final String PARENTS_PARAM = "parents";

  /**
   * MEDLINE's language codes by English name, for [la] and Ovid's "limit N to english language".
   */
  private static final Map<String, String> LANGUAGE_CODES =
      Map.ofEntries(
          Map.entry("english", "eng"),
          Map.entry("french", "fre"),
          Map.entry("german", "ger"),
          Map.entry("spanish", "spa"),
          Map.entry("italian", "ita"),
          Map.entry("japanese", "jpn"),
          Map.entry("chinese", "chi"),
          Map.entry("russian", "rus"),
          Map.entry("portuguese", "por"),
          Map.entry("dutch", "dut"),
          Map.entry("polish", "pol"),
          Map.entry("swedish", "swe"),
          Map.entry("danish", "dan"),
          Map.entry("norwegian", "nor"),
          Map.entry("korean", "kor"),
          Map.entry("turkish", "tur"),
          Map.entry("hebrew", "heb"),
          Map.entry("czech", "cze"),
          Map.entry("hungarian", "hun"),
          Map.entry("greek", "gre"),
          Map.entry("finnish", "fin"),
          Map.entry("arabic", "ara"),
          Map.entry("persian", "per"));

  /**
   * A text field and its weight in BM25 ranking: title words count most, as in PubMed's Best Match.
   */
  private record Weighted(String field, String boost) {}

  private static final Weighted W_TITLE = new Weighted(TITLE, "^3");
  private static final Weighted W_ABSTRACT = new Weighted(ABSTRACT, "");
  private static final Weighted W_MESH = new Weighted(MESH_TEXT, "^2");
  private static final Weighted W_KEYWORD = new Weighted(KEYWORD_TEXT, "^1.5");
  private static final Weighted W_AUTHOR = new Weighted(AUTHOR_TEXT, "");
  private static final Weighted W_JOURNAL = new Weighted(JOURNAL_TEXT, "");
  private static final Weighted W_SENTENCE = new Weighted(SENTENCE_TEXT, "");

  /**
   * A word with a wildcard, for showing what it expands to.
   *
   * @param prefix what every matching index term starts with
   * @param regex the whole word as a regular expression over index terms (letters, digits and
   *     wildcards only)
   * @param fields the text fields it is searched in
   */
  public record Truncated(String term, String prefix, String regex, List<String> fields) {}

  /**
   * A translated search: the query string (generated syntax only) and the parameters holding the
   * user's words.
   *
   * @param details headings, fields and mappings; truncations are left for {@link BooleanService}
   *     to expand
   * @param truncated the truncated words, to expand through the index's terms
   */
  public record Translation(
      String query, Map<String, String> params, SearchDetails details, List<Truncated> truncated) {
    public Translation {
      params = Map.copyOf(params);
      truncated = List.copyOf(truncated);
    }

    /** Sets the query and its parameters on a Solr request. */
    public SolrQuery applyTo(SolrQuery q) {
      q.setQuery(query);
      q.set("defType", "lucene");
      q.set("q.op", "OR");
      q.set("expandMacros", false);
      params.forEach(q::set);
      return q;
    }
  }

  private final Optional<MeshVocabulary> mesh;
  private final Optional<AutomaticTermMapping> atm;

  /**
   * @param mesh for Automatic Term Mapping and exploding major headings; without it, untagged terms
   *     map to none
   */
  public BooleanQueries(Optional<MeshVocabulary> mesh) {
    this.mesh = mesh;
    this.atm = mesh.map(AutomaticTermMapping::new);
  }

  /**
   * @param query a tree without references and with every heading resolved
   * @throws IllegalArgumentException for what cannot be searched here, saying why (a proximity
   *     search across fields, too many clauses, ...)
   */
  public Translation translate(Query query, Target target) {
    Writer writer = new Writer(target);
    String q = writer.render(query);
    if (writer.joinsArticles) {
      writer.params.put(PARENTS_PARAM, DOC_TYPE + ":" + ARTICLE_TYPE);
    }
    // A query string that started with "{!" would be read as local params applying to the whole of
    // it.
    return new Translation(
        q.startsWith("(") ? q : "(" + q + ")",
        writer.params,
        new SearchDetails(
            List.copyOf(writer.headings.values()),
            List.copyOf(writer.fields),
            writer.mappings,
            List.of(),
            List.copyOf(writer.entities.values()),
            writer.relations),
        List.copyOf(writer.truncated.values()));
  }

  /**
   * The words of a truncated term or proximity operand as a phrase parser may read them: lower
   * case, accents removed (as the index's analysers do, which do not see wildcard terms),
   * everything but letters, digits and the wildcards {@code * ? #} taken as a word boundary, and
   * words of wildcards alone dropped. No character that any query parser reads as syntax survives,
   * besides the wildcards themselves.
   */
  static List<String> wildcardWords(String text) {
    String folded =
        Normalizer.normalize(text, Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT);
    List<String> words = new ArrayList<>();
    Matcher m = WILDCARD_WORD.matcher(folded);
    while (m.find()) {
      String w = m.group();
      if (!w.chars().allMatch(c -> c == '*' || c == '?' || c == '#')) {
        words.add(w);
      }
    }
    return words;
  }

  /**
   * One word of {@link #wildcardWords} in the syntax of Lucene's wildcards: Ovid's {@code #}
   * (exactly one character) is Lucene's {@code ?}, and Ovid's {@code ?} (one character or none)
   * becomes a group of both spellings.
   */
  static String luceneWildcard(String word) {
    if (!Character.isLetterOrDigit(word.charAt(0))) {
      throw new IllegalArgumentException(
          "a word cannot start with a truncation or wildcard ($ * ? #): '" + word + "'");
    }
    List<String> spellings = List.of(word.replace('#', '\u0000'));
    int optional = (int) word.chars().filter(c -> c == '?').count();
    if (optional > MAX_OPTIONAL_CHARACTERS) {
      throw new IllegalArgumentException(
          "at most "
              + MAX_OPTIONAL_CHARACTERS
              + " '?' wildcards can be used in one "
              + "word, '"
              + word
              + "' has "
              + optional);
    }
    for (int i = 0; i < optional; i++) {
      List<String> next = new ArrayList<>();
      for (String s : spellings) {
        int at = s.indexOf('?');
        next.add(s.substring(0, at) + s.substring(at + 1));
        next.add(s.substring(0, at) + '\u0000' + s.substring(at + 1));
      }
      spellings = next;
    }
    List<String> lucene = spellings.stream().map(s -> s.replace('\u0000', '?')).distinct().toList();
    return lucene.size() == 1 ? lucene.get(0) : "(" + String.join(" ", lucene) + ")";
  }

  /**
   * The translation of one tree: its query string, parameters and details, built while walking it.
   */
  private final class Writer {
    private final Target target;
    private final Map<String, String> params = new LinkedHashMap<>();
    private final Map<String, String> paramNames = new HashMap<>();
    private final Map<String, SearchDetails.Heading> headings = new LinkedHashMap<>();
    private final Set<String> fields = new LinkedHashSet<>();
    private final List<SearchDetails.Mapping> mappings = new ArrayList<>();
    private final Map<String, Truncated> truncated = new LinkedHashMap<>();
    private final Map<String, SearchDetails.Entity> entities = new LinkedHashMap<>();
    private final List<SearchDetails.Relation> relations = new ArrayList<>();
    private int clauses;
    private boolean joinsArticles;

    Writer(Target target) {
      this.target = target;
    }

    String render(Query q) {
      if (q instanceof Term t) {
        return term(t);
      }
      if (q instanceof ResolvedHeading h) {
        return heading(h);
      }
      if (q instanceof DateRange d) {
        return date(d);
      }
      if (q instanceof And and) {
        List<String> parts = new ArrayList<>();
        and.operands().forEach(o -> parts.add("+" + render(o)));
        return group(parts);
      }
      if (q instanceof Or or) {
        List<String> parts = new ArrayList<>();
        or.operands().forEach(o -> parts.add(render(o)));
        return group(parts);
      }
      if (q instanceof Not not) {
        return "(+" + render(not.include()) + " -" + render(not.exclude()) + ")";
      }
      if (q instanceof Near near) {
        return near(near);
      }
      if (q instanceof ResolvedEntity e) {
        return entity(e);
      }
      if (q instanceof Relation r) {
        return relation(r);
      }
      // QueryReader resolves every heading and entity and expands every reference before
      // translating.
      throw new IllegalStateException(
          "cannot translate "
              + q
              + ": headings and entities must be resolved and references expanded");
    }

    /**
     * Documents that mention the entity's identifier, whatever name or synonym they use: articles,
     * or sentences (which hold their own mentions).
     */
    private String entity(ResolvedEntity e) {
      noteEntity(e);
      return leaf("term", entityIds(e.type()), e.id());
    }

    /**
     * Articles whose stored relations link the two entities, with a relation of any type (a prefix
     * of the values, stored both ways round) or of one type; sentences of such articles.
     */
    private String relation(Relation r) {
      ResolvedEntity first = resolved(r.first());
      ResolvedEntity second = resolved(r.second());
      EntityKey from = new EntityKey(first.type(), first.id());
      EntityKey to = new EntityKey(second.type(), second.id());
      if (from.equals(to)) {
        throw new IllegalArgumentException(
            "a relation needs two different entities, but "
                + PubMedPrinter.print(first.entity())
                + " and "
                + PubMedPrinter.print(second.entity())
                + " are both "
                + first.name()
                + " ("
                + first.id()
                + ")");
      }
      relations.add(
          new SearchDetails.Relation(r.typeName(), noteEntity(first), noteEntity(second)));
      String clause =
          r.relationType().isEmpty()
              ? leaf("prefix", ENTITY_RELATION, EntityValues.relationsBetween(from, to))
              : leaf(
                  "term",
                  ENTITY_RELATION,
                  EntityValues.relation(from, to, r.relationType().get().corpusName()));
      return ofArticle(clause);
    }

    private ResolvedEntity resolved(EntityOperand operand) {
      if (operand instanceof ResolvedEntity r) {
        return r;
      }
      throw new IllegalStateException("cannot translate " + operand + ": it must be resolved");
    }

    private SearchDetails.Entity noteEntity(ResolvedEntity e) {
      SearchDetails.Entity noted =
          new SearchDetails.Entity(PubMedPrinter.print(e.entity()), e.type(), e.id(), e.name());
      entities.putIfAbsent(noted.written() + "|" + e.id(), noted);
      return noted;
    }

    private String term(Term t) {
      fields.add(
          t.field() == Field.UNTAGGED ? Field.ALL_FIELDS.pubmedTag() : t.field().pubmedTag());
      return switch (t.field()) {
        // Sentences hold their article's PMID: through the block join, the article clause would
        // match them as well, which Solr refuses as a parent query.
        case PMID -> leaf("term", PMID, t.text().trim());
        case DOI -> ofArticle(leaf("term", DOI, t.text().trim()));
        case LANGUAGE -> ofArticle(leaf("term", LANGUAGE, languageCode(t.text())));
        case PUBLICATION_TYPE -> ofArticle(leaf("field", PUBLICATION_TYPE_KEY, t.text()));
        case SUBHEADING ->
            ofArticle(leaf("term", MESH_QUALIFIER, t.text().toLowerCase(Locale.ROOT)));
        case JOURNAL -> ofArticle(words(t, List.of(W_JOURNAL)));
        case AUTHOR -> ofArticle(words(t, List.of(W_AUTHOR)));
        case UNTAGGED -> untagged(t);
        default ->
            textFields(t.field())
                .map(f -> words(t, f))
                .orElseGet(() -> ofArticle(words(t, articleTextFields(t.field()))));
      };
    }

    /**
     * PubMed's Automatic Term Mapping: the words in all fields, or the headings the whole term maps
     * to, exploded. Sentence searches do without it: a heading would bring every sentence of its
     * articles.
     */
    private String untagged(Term t) {
      String words = words(t, textFields(Field.UNTAGGED).orElseThrow());
      List<Descriptor> mapped =
          target == Target.ARTICLES ? atm.map(a -> a.headings(t)).orElse(List.of()) : List.of();
      if (mapped.isEmpty()) {
        return words;
      }
      List<String> parts = new ArrayList<>(List.of(words));
      for (Descriptor d : mapped) {
        mappings.add(new SearchDetails.Mapping(t.text(), d.name(), d.ui()));
        int descendants = mesh.orElseThrow().descendants(d.ui()).size();
        headings.putIfAbsent(
            d.ui() + "|true|false|",
            new SearchDetails.Heading(d.ui(), d.name(), true, descendants, null));
        fields.add("mh");
        parts.add(explodedHeading(d.ui(), d.treeNumbers()));
      }
      return group(parts);
    }

    /**
     * A term's words in some text fields, each weighted. Unquoted untagged words are ANDed, as
     * PubMed does when a phrase is not in its index; tagged or quoted ones form a phrase (analysis
     * makes one of several words).
     */
    private String words(Term t, List<Weighted> in) {
      if (t.field() == Field.UNTAGGED && !t.quoted() && t.text().indexOf(' ') > 0) {
        List<String> parts = new ArrayList<>();
        for (String word : t.text().split(" ")) {
          parts.add("+" + inFields(word, new Term(word, Field.UNTAGGED, false).truncated(), in));
        }
        return group(parts);
      }
      return inFields(t.text(), t.truncated(), in);
    }

    private String inFields(String text, boolean truncated, List<Weighted> in) {
      List<String> parts = new ArrayList<>();
      if (!truncated) {
        in.forEach(f -> parts.add(boosted(leaf("field", f.field(), text), f)));
        return parts.size() == 1 ? parts.get(0) : group(parts);
      }
      List<String> words = wildcardWords(text);
      if (words.isEmpty()) {
        throw new IllegalArgumentException("'" + text + "' has no letters or digits to search");
      }
      noteTruncations(text, words, in);
      boolean plainPrefix = words.size() == 1 && PLAIN_PREFIX.matcher(words.get(0)).matches();
      String phrase =
          words.size() == 1
              ? luceneWildcard(words.get(0))
              : "\""
                  + String.join(" ", words.stream().map(BooleanQueries::luceneWildcard).toList())
                  + "\"";
      for (Weighted f : in) {
        String w = words.get(0);
        // A plain prefix needs no parser at all; other wildcards and phrases go through
        // complexphrase.
        parts.add(
            boosted(
                plainPrefix
                    ? leaf("prefix", f.field(), w.substring(0, w.length() - 1))
                    : leaf("complexphrase", "df", f.field(), phrase, "inOrder=true"),
                f));
      }
      return parts.size() == 1 ? parts.get(0) : group(parts);
    }

    private void noteTruncations(String text, List<String> words, List<Weighted> in) {
      for (String w : words) {
        if (w.indexOf('*') < 0 && w.indexOf('?') < 0 && w.indexOf('#') < 0) {
          continue;
        }
        int firstWildcard = 0;
        while (Character.isLetterOrDigit(w.charAt(firstWildcard))) {
          firstWildcard++;
        }
        // The word holds letters, digits and wildcards only, so the expression needs no quoting.
        String regex = w.replace("*", ".*").replace("?", ".?").replace("#", ".");
        Truncated before = truncated.get(w);
        Set<String> searched = new LinkedHashSet<>(before == null ? List.of() : before.fields());
        in.forEach(f -> searched.add(f.field()));
        truncated.put(
            w, new Truncated(w, w.substring(0, firstWildcard), regex, List.copyOf(searched)));
      }
    }

    /**
     * Ovid's adjN and PubMed's [tiab:~N]: the operands within N words of each other, in any order,
     * in one field at a time. Operands are words (maybe truncated) or OR-groups of single words; a
     * phrase operand counts as its words.
     */
    private String near(Near near) {
      Set<Field> termFields = new LinkedHashSet<>();
      List<String> elements = new ArrayList<>();
      List<Term> terms = new ArrayList<>();
      for (Query operand : near.operands()) {
        if (operand instanceof Term t) {
          terms.add(t);
          wildcardWords(t.text()).forEach(w -> elements.add(luceneWildcard(w)));
        } else if (operand instanceof Or or
            && or.operands().stream().allMatch(o -> o instanceof Term)) {
          List<String> group = new ArrayList<>();
          for (Query o : or.operands()) {
            Term t = (Term) o;
            List<String> words = wildcardWords(t.text());
            if (words.size() != 1) {
              throw new IllegalArgumentException(
                  "a proximity search takes single words in its OR-groups, not '" + t.text() + "'");
            }
            terms.add(t);
            group.add(luceneWildcard(words.get(0)));
          }
          elements.add("(" + String.join(" ", group) + ")");
        } else {
          throw new IllegalArgumentException(
              "a proximity search takes words or OR-groups of words; nested "
                  + "proximity searches, headings and AND/NOT groups cannot be searched near each other");
        }
      }
      terms.forEach(t -> termFields.add(t.field()));
      if (termFields.size() != 1) {
        throw new IllegalArgumentException(
            "a proximity search runs in one field, but this one names several ("
                + String.join(
                    ", ",
                    termFields.stream()
                        .map(f -> f == Field.UNTAGGED ? "all" : f.pubmedTag())
                        .toList())
                + ")");
      }
      Field field = termFields.iterator().next();
      List<Weighted> in =
          textFields(field).or(() -> Optional.of(articleTextFields(field))).orElseThrow();
      if (in.isEmpty()) {
        throw new IllegalArgumentException(
            "a proximity search runs in text fields, not in [" + field.pubmedTag() + "]");
      }
      fields.add(field == Field.UNTAGGED ? Field.ALL_FIELDS.pubmedTag() : field.pubmedTag());
      for (Term t : terms) {
        List<String> words = wildcardWords(t.text());
        if (t.truncated()) {
          noteTruncations(t.text(), words, in);
        }
      }
      String phrase = "\"" + String.join(" ", elements) + "\"~" + near.wordsBetween();
      List<String> parts = new ArrayList<>();
      in.forEach(
          f ->
              parts.add(
                  boosted(leaf("complexphrase", "df", f.field(), phrase, "inOrder=false"), f)));
      String clause = parts.size() == 1 ? parts.get(0) : group(parts);
      return textFields(field).isPresent() ? clause : ofArticle(clause);
    }

    private String heading(ResolvedHeading h) {
      Query.Heading written = h.heading();
      String sub = written.hasSubheading() ? written.subheading() : null;
      headings.putIfAbsent(
          h.ui() + "|" + written.explode() + "|" + written.major() + "|" + (sub == null ? "" : sub),
          new SearchDetails.Heading(h.ui(), h.name(), written.explode(), h.descendants(), sub));
      fields.add((written.major() ? "majr" : "mh") + (written.explode() ? "" : ":noexp"));
      String clause;
      if (sub != null) {
        List<String> uis = written.explode() ? selfAndDescendants(h.ui()) : List.of(h.ui());
        clause =
            uis.size() == 1
                ? leaf("term", MESH_UI_QUALIFIER, uis.get(0) + "/" + sub)
                : leaf(
                    "terms",
                    MESH_UI_QUALIFIER,
                    String.join(",", uis.stream().map(ui -> ui + "/" + sub).toList()));
        if (written.major()) {
          clause = "(+" + clause + " +" + major(h) + ")";
        }
      } else if (written.major()) {
        clause = major(h);
      } else if (written.explode()) {
        clause = explodedHeading(h.ui(), h.treeNumbers());
      } else {
        // Old MEDLINE files name headings without their UIs: the name finds those.
        clause = group(List.of(leaf("term", MESH_UI, h.ui()), leaf("term", MESH, h.name())));
      }
      return ofArticle(clause);
    }

    private String major(ResolvedHeading h) {
      List<String> uis = h.heading().explode() ? selfAndDescendants(h.ui()) : List.of(h.ui());
      return uis.size() == 1
          ? leaf("term", MESH_MAJOR_UI, uis.get(0))
          : leaf("terms", MESH_MAJOR_UI, String.join(",", uis));
    }

    /**
     * The heading or any heading below it: its UI, its tree numbers and the tree numbers that start
     * with them.
     */
    private String explodedHeading(String ui, List<String> treeNumbers) {
      List<String> parts = new ArrayList<>(List.of(leaf("term", MESH_UI, ui)));
      for (String tree : treeNumbers) {
        parts.add(leaf("term", MESH_TREE, tree));
        parts.add(leaf("prefix", MESH_TREE, tree + "."));
      }
      return group(parts);
    }

    private List<String> selfAndDescendants(String ui) {
      List<String> uis = new ArrayList<>(List.of(ui));
      mesh.orElseThrow().descendants(ui).forEach(d -> uis.add(d.ui()));
      return uis;
    }

    /**
     * Publication years: dates are read by the parser into digits only, and only their years are
     * used (the index keeps the year; entry and create dates are approximated by it too).
     */
    private String date(DateRange d) {
      fields.add(d.field().pubmedTag());
      int from = Integer.parseInt(d.from().substring(0, 4));
      String to =
          d.to().equals(DateRange.OPEN_END)
              ? "*"
              : Integer.toString(Integer.parseInt(d.to().substring(0, 4)));
      count();
      return YEAR + ":[" + from + " TO " + to + "]";
    }

    /**
     * For sentence searches, an article-level clause becomes the sentences of the articles it
     * matches.
     */
    private String ofArticle(String articleClause) {
      if (target == Target.ARTICLES) {
        return articleClause;
      }
      joinsArticles = true;
      String name = "s" + (params.size() + 1);
      params.put(name, articleClause);
      return "{!child of=$" + PARENTS_PARAM + " v=$" + name + "}";
    }

    private String leaf(String parser, String field, String value) {
      return leaf(parser, "f", field, value, null);
    }

    /** A clause read by {@code parser} from a parameter holding {@code value}. */
    private String leaf(
        String parser, String fieldParam, String field, String value, String extra) {
      count();
      String name =
          paramNames.computeIfAbsent(
              value,
              v -> {
                String n = "w" + (params.size() + 1);
                params.put(n, v);
                return n;
              });
      return "{!"
          + parser
          + (extra == null ? "" : " " + extra)
          + " "
          + fieldParam
          + "="
          + field
          + " v=$"
          + name
          + "}";
    }

    private void count() {
      if (++clauses > MAX_CLAUSES) {
        throw new IllegalArgumentException(
            "this search needs more than "
                + MAX_CLAUSES
                + " clauses, the most Solr "
                + "runs: each untagged term is searched in 6 fields, each [tiab] term in 2; tag terms or shorten the "
                + "search");
      }
    }

    /**
     * Text fields of a field tag in this search's documents; empty when the field is the article's
     * alone.
     */
    private Optional<List<Weighted>> textFields(Field field) {
      if (target == Target.SENTENCES) {
        return switch (field) {
          case TITLE, ABSTRACT, TITLE_ABSTRACT, TEXT_WORD, ALL_FIELDS, UNTAGGED ->
              Optional.of(List.of(W_SENTENCE));
          default -> Optional.empty();
        };
      }
      return Optional.of(articleTextFields(field));
    }
  }

  /** The article's text fields a field tag searches; empty for fields that are not text. */
  private static List<Weighted> articleTextFields(Field field) {
    return switch (field) {
      case TITLE -> List.of(W_TITLE);
      case ABSTRACT -> List.of(W_ABSTRACT);
      case TITLE_ABSTRACT -> List.of(W_TITLE, W_ABSTRACT);
      case TEXT_WORD -> List.of(W_TITLE, W_ABSTRACT, W_MESH, W_KEYWORD);
      case ALL_FIELDS, UNTAGGED ->
          List.of(W_TITLE, W_ABSTRACT, W_MESH, W_KEYWORD, W_AUTHOR, W_JOURNAL);
      case KEYWORD -> List.of(W_KEYWORD);
      // Substance names are not indexed apart; most substances are MeSH headings of the articles
      // about them.
      case SUBSTANCE -> List.of(W_MESH);
      default -> List.of();
    };
  }

  private static String boosted(String clause, Weighted field) {
    return field.boost().isEmpty() ? clause : "(" + clause + ")" + field.boost();
  }

  private static String group(List<String> parts) {
    return "(" + String.join(" ", parts) + ")";
  }

  /** A language's MEDLINE code from its English name; codes pass as they are. */
  static String languageCode(String language) {
    String key = language.trim().toLowerCase(Locale.ROOT);
    return LANGUAGE_CODES.getOrDefault(key, key);
  }
}
