package org.litfacets.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.litfacets.article.EntityType;
import org.litfacets.article.RelationType;
import org.litfacets.mesh.MeshVocabulary;
import org.litfacets.query.Field;
import org.litfacets.query.Query;
import org.litfacets.query.Query.Near;
import org.litfacets.query.Query.Term;
import org.litfacets.search.BooleanQueries.Target;
import org.litfacets.search.BooleanQueries.Translation;

/**
 * Trees to Solr parameters, over the mesh module's fixture (Diabetes Mellitus with four narrower
 * headings).
 */
class BooleanQueriesTest {
  private static final MeshVocabulary MESH =
      MeshVocabulary.load(Path.of("../mesh/src/test/resources/mesh-fixture/desc-fixture.xml"));
  private static final QueryReader READER = new QueryReader(Optional.of(MESH), Optional.empty());
  private static final BooleanQueries QUERIES = new BooleanQueries(Optional.of(MESH));
  private static final String TIAB = "(({!field f=title v=$w1})^3 {!field f=abstract v=$w1})";

  /**
   * A leaf clause as the translator writes them: parser, local params of generated names, a
   * parameter reference.
   */
  private static final String LEAF = "\\{![a-z]+( [a-zA-Z]+=[a-z_.:$0-9]+)*\\}";

  private static Translation articles(String query) {
    return QUERIES.translate(READER.query(query), Target.ARTICLES);
  }

  @Test
  void taggedWordsAreFieldQueriesOnParametersWithTheTitleWeighted() {
    Translation t = articles("asthma[tiab]");
    assertThat(t.query()).isEqualTo(TIAB);
    assertThat(t.params()).isEqualTo(Map.of("w1", "asthma"));
    assertThat(t.details().fields()).containsExactly("tiab");
    assertThat(articles("\"hip fracture\"[ti]").query()).isEqualTo("({!field f=title v=$w1})^3");
    assertThat(articles("Lancet[ta]").query()).isEqualTo("({!field f=journal_text v=$w1})");
    assertThat(articles("randomized controlled trial[pt]").params())
        .containsEntry("w1", "randomized controlled trial");
    assertThat(articles("english[la]").params()).isEqualTo(Map.of("w1", "eng"));
    assertThat(articles("12345[pmid]").query()).isEqualTo("({!term f=pmid v=$w1})");
  }

  @Test
  void booleanOperatorsBecomeRequiredAndProhibitedClauses() {
    assertThat(articles("a[ti] AND b[ti] NOT c[ti]").query())
        .isEqualTo(
            "(+(+({!field f=title v=$w1})^3 "
                + "+({!field f=title v=$w2})^3) -({!field f=title v=$w3})^3)");
    assertThat(articles("a[ti] OR b[ab]").query())
        .isEqualTo("(({!field f=title v=$w1})^3 {!field f=abstract v=$w2})");
  }

  @Test
  void untaggedTermsSearchAllFieldsAndTheHeadingTheyMapToExploded() {
    Translation t = articles("diabetes");
    assertThat(t.query())
        .isEqualTo(
            "((({!field f=title v=$w1})^3 {!field f=abstract v=$w1} "
                + "({!field f=mesh_text v=$w1})^2 ({!field f=keyword_text v=$w1})^1.5 {!field f=author_text v=$w1} "
                + "{!field f=journal_text v=$w1}) ({!term f=mesh_ui v=$w2} {!term f=mesh_tree v=$w3} "
                + "{!prefix f=mesh_tree v=$w4} {!term f=mesh_tree v=$w5} {!prefix f=mesh_tree v=$w6}))");
    assertThat(t.params())
        .containsEntry("w2", "D003920")
        .containsEntry("w3", "C18.452.394.750")
        .containsEntry("w4", "C18.452.394.750.");
    assertThat(t.details().mappings())
        .containsExactly(new SearchDetails.Mapping("diabetes", "Diabetes Mellitus", "D003920"));
    assertThat(t.details().fields()).containsExactly("all", "mh");
    // Several unquoted words are ANDed, each in all fields; quoted ones are a phrase and map to no
    // heading.
    assertThat(articles("glucose control").query()).startsWith("(+((").contains("v=$w2}");
    assertThat(articles("\"diabetes\"").details().mappings()).isEmpty();
  }

  @Test
  void headingsExplodeThroughTreeNumbersOrNot() {
    Translation exploded = articles("\"Diabetes Mellitus\"[mh]");
    assertThat(exploded.query())
        .isEqualTo(
            "({!term f=mesh_ui v=$w1} {!term f=mesh_tree v=$w2} "
                + "{!prefix f=mesh_tree v=$w3} {!term f=mesh_tree v=$w4} {!prefix f=mesh_tree v=$w5})");
    assertThat(exploded.params()).containsEntry("w4", "C19.246").containsEntry("w5", "C19.246.");
    assertThat(exploded.details().headings())
        .containsExactly(new SearchDetails.Heading("D003920", "Diabetes Mellitus", true, 4, null));

    Translation alone = articles("Diabetes Mellitus[mh:noexp]");
    assertThat(alone.query()).isEqualTo("({!term f=mesh_ui v=$w1} {!term f=mesh v=$w2})");
    assertThat(alone.details().fields()).containsExactly("mh:noexp");

    Translation major = articles("Diabetes Mellitus[majr]");
    assertThat(major.query()).isEqualTo("({!terms f=mesh_major_ui v=$w1})");
    assertThat(major.params().get("w1").split(","))
        .containsExactlyInAnyOrder("D003920", "D003924", "D048909", "D003925", "D003930");
  }

  @Test
  void subheadingsSearchTheHeadingQualifiedSoOrAnyHeadingWithTheQualifier() {
    assertThat(articles("\"Diabetes Mellitus, Type 2/drug therapy\"[mh:noexp]").params())
        .isEqualTo(Map.of("w1", "D003924/drug therapy"));
    Translation ovid = articles("exp Diabetes Mellitus/dt");
    assertThat(ovid.query()).isEqualTo("({!terms f=mesh_ui_qualifier v=$w1})");
    assertThat(ovid.params().get("w1")).contains("D003920/drug therapy", "D003930/drug therapy");
    assertThat(ovid.details().headings().get(0).subheading()).isEqualTo("drug therapy");
    assertThat(articles("drug therapy[sh]").query()).isEqualTo("({!term f=mesh_qualifier v=$w1})");
  }

  @Test
  void datesAreYearRanges() {
    assertThat(articles("2010:2020[dp]").query()).isEqualTo("(year:[2010 TO 2020])");
    assertThat(articles("2015/06/01:3000[dp]").query()).isEqualTo("(year:[2015 TO *])");
  }

  @Test
  void truncationIsAPrefixQueryAndOtherWildcardsGoThroughComplexPhrase() {
    Translation prefix = articles("Child*[tiab]");
    assertThat(prefix.query())
        .isEqualTo("(({!prefix f=title v=$w1})^3 {!prefix f=abstract v=$w1})");
    assertThat(prefix.params()).isEqualTo(Map.of("w1", "child"));
    assertThat(prefix.truncated())
        .containsExactly(
            new BooleanQueries.Truncated(
                "child*", "child", "child.*", List.of("title", "abstract")));

    Translation phrase = articles("\"heart fail*\"[ti]");
    assertThat(phrase.query()).isEqualTo("({!complexphrase inOrder=true df=title v=$w1})^3");
    assertThat(phrase.params()).isEqualTo(Map.of("w1", "\"heart fail*\""));
  }

  @Test
  void proximityIsAnOrderFreeSloppyPhrasePerField() {
    Translation pubmed = articles("\"hip pain\"[tiab:~2]");
    assertThat(pubmed.query())
        .isEqualTo(
            "(({!complexphrase inOrder=false df=title v=$w1})^3 "
                + "{!complexphrase inOrder=false df=abstract v=$w1})");
    assertThat(pubmed.params()).isEqualTo(Map.of("w1", "\"hip pain\"~2"));
    // Ovid: adj3 allows two words between; '?' is one character or none, '#' exactly one.
    Translation ovid = articles("((colo?r or hue) adj3 an#emia).ti.");
    assertThat(ovid.params()).isEqualTo(Map.of("w1", "\"((color colo?r) hue) an?emia\"~2"));
    assertThat(ovid.truncated())
        .extracting(BooleanQueries.Truncated::regex)
        .containsExactly("colo.?r", "an.emia");
    assertThatThrownBy(() -> articles("(a.ti. adj3 b.ab.)"))
        .hasMessageContaining("runs in one field");
  }

  @Test
  void sentenceSearchesMapTextFieldsToTheSentenceAndTheRestToItsArticle() {
    Translation t =
        QUERIES.translate(
            READER.query("asthma AND \"Diabetes Mellitus\"[mh:noexp] AND 2019[dp]"),
            Target.SENTENCES);
    assertThat(t.query())
        .isEqualTo(
            "(+{!field f=sentence_text v=$w1} +{!child of=$parents v=$s4} "
                + "+year:[2019 TO 2019])");
    assertThat(t.params())
        .containsEntry("parents", "doc_type:article")
        .containsEntry("s4", "({!term f=mesh_ui v=$w2} {!term f=mesh v=$w3})");
    assertThat(t.details().mappings()).as("no Automatic Term Mapping for sentences").isEmpty();
  }

  @Test
  void aSentenceSearchByPmidReadsTheSentencesOwnPmid() {
    Translation t = QUERIES.translate(READER.query("aspirin AND 70000006[pmid]"), Target.SENTENCES);
    assertThat(t.query())
        .isEqualTo("(+{!field f=sentence_text v=$w1} +{!term f=pmid v=$w2})")
        .doesNotContain("child");
  }

  @Test
  void nothingTypedChangesTheStructureOfTheQuery() {
    List<String> hostile =
        List.of(
            "{!lucene}*:*",
            "$q",
            "_query_:\"x\"",
            "title:(",
            "\") OR (*:*",
            "other_collection",
            "${parents}",
            "x} OR {!terms f=pmid v=1}",
            "a\\\" b",
            "TO [* TO *]");
    for (String text : hostile) {
      // As a phrase: the words travel in their own parameter, verbatim, read by the field parser
      // only.
      Translation phrase =
          QUERIES.translate(
              new Term(text.replace("*", ""), Field.TITLE_ABSTRACT, true), Target.ARTICLES);
      assertThat(phrase.query()).as(text).isEqualTo(TIAB);
      assertThat(phrase.params()).as(text).isEqualTo(Map.of("w1", text.replace("*", "")));
      // Truncated, or near another word, they reach complexphrase: nothing but letters, digits and
      // wildcards.
      for (Query q :
          List.of(
              new Term(text + " x*", Field.TITLE, true),
              new Near(
                  List.of(new Term(text, Field.TITLE, false), new Term("b", Field.TITLE, false)),
                  2))) {
        Translation parsed;
        try {
          parsed = QUERIES.translate(q, Target.ARTICLES);
        } catch (IllegalArgumentException e) {
          assertThat(e).as(text).hasMessageContaining("wildcard");
          continue;
        }
        assertThat(parsed.query()).as(text).matches("\\(" + LEAF + "\\)\\^3");
        assertThat(parsed.params().get("w1")).as(text).matches("\"[a-z0-9*?() ]+\"(~2)?");
      }
      // Typed in a search box, it is an error or a query made of generated clauses alone.
      try {
        Translation typed = articles(text);
        assertThat(typed.query().replaceAll(LEAF, "L")).as(text).matches("[()+\\- L^0-9.]+");
      } catch (QueryException | IllegalArgumentException e) {
        assertThat(e.getMessage()).as(text).isNotBlank();
      }
    }
  }

  @Test
  void wildcardWordsKeepLettersDigitsAndWildcardsOnly() {
    assertThat(BooleanQueries.wildcardWords("Covid-19 vaccin*"))
        .containsExactly("covid", "19", "vaccin*");
    assertThat(BooleanQueries.wildcardWords("{!lucene}*:* _query_:\"x\" $q"))
        .containsExactly("lucene", "query", "x", "q");
    assertThat(BooleanQueries.wildcardWords("Ménière's")).containsExactly("meniere", "s");
    assertThat(BooleanQueries.luceneWildcard("p?ediatric#")).isEqualTo("(pediatric? p?ediatric?)");
    assertThatThrownBy(() -> BooleanQueries.luceneWildcard("*itis"))
        .hasMessageContaining("cannot start");
    assertThatThrownBy(() -> BooleanQueries.luceneWildcard("a?b?c?d?"))
        .hasMessageContaining("at most 3");
  }

  @Test
  void aSearchOfMoreClausesThanSolrRunsIsRefusedSayingWhy() {
    String many = String.join(" OR ", java.util.Collections.nCopies(200, "w"));
    assertThatThrownBy(() -> articles(many.replace("w", "word")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("more than 1024 clauses");
  }

  @Test
  void entitiesSearchTheirIdentifierAndRelationsTheStoredRelationValues() throws Exception {
    Query.Entity written = new Query.Entity(EntityType.CHEMICAL, "adriamycin");
    Query.ResolvedEntity dox = new Query.ResolvedEntity(written, "MESH:D004317", "Doxorubicin");
    Query.ResolvedEntity neoplasms =
        new Query.ResolvedEntity(
            new Query.Entity(EntityType.DISEASE, "tumours"), "MESH:D009369", "Neoplasms");
    Translation entity = QUERIES.translate(dox, Target.ARTICLES);
    assertThat(entity.query()).isEqualTo("({!term f=entity_chemical v=$w1})");
    assertThat(entity.params()).isEqualTo(Map.of("w1", "MESH:D004317"));
    assertThat(entity.details().entities())
        .containsExactly(
            new SearchDetails.Entity(
                "@CHEMICAL_adriamycin", EntityType.CHEMICAL, "MESH:D004317", "Doxorubicin"));
    // Sentences hold their own mentions.
    assertThat(QUERIES.translate(dox, Target.SENTENCES).query())
        .isEqualTo("({!term f=entity_chemical v=$w1})");

    Translation any =
        QUERIES.translate(new Query.Relation(Optional.empty(), dox, neoplasms), Target.ARTICLES);
    assertThat(any.query()).isEqualTo("({!prefix f=entity_relation v=$w1})");
    assertThat(any.params()).isEqualTo(Map.of("w1", "chemical:MESH:D004317>disease:MESH:D009369>"));
    assertThat(any.details().relations())
        .containsExactly(
            new SearchDetails.Relation(
                "ANY", any.details().entities().get(0), any.details().entities().get(1)));
    Translation typed =
        QUERIES.translate(
            new Query.Relation(Optional.of(RelationType.BIND), neoplasms, dox), Target.SENTENCES);
    assertThat(typed.query()).isEqualTo("({!child of=$parents v=$s2})");
    assertThat(typed.params())
        .containsEntry("w1", "disease:MESH:D009369>chemical:MESH:D004317>Bind")
        .containsEntry("s2", "{!term f=entity_relation v=$w1}");

    assertThatThrownBy(() -> QUERIES.translate(written, Target.ARTICLES))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> READER.query("asthma OR @CHEMICAL_Doxorubicin"))
        .isInstanceOf(QueryException.class)
        .hasMessage(
            "line 1, column 11: entity searches need the search index, which this reader was made"
                + " without");
  }
}
