package org.litfacets.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.litfacets.query.Query.And;
import org.litfacets.query.Query.DateRange;
import org.litfacets.query.Query.Heading;
import org.litfacets.query.Query.Near;
import org.litfacets.query.Query.Not;
import org.litfacets.query.Query.Or;
import org.litfacets.query.Query.Ref;
import org.litfacets.query.Query.Term;

class QueryParserTest {
  private static Query parse(String q) throws QuerySyntaxException {
    return QueryParser.parse(q);
  }

  private static Term term(String text, Field field) {
    return new Term(text, field, false);
  }

  private static Term untagged(String text) {
    return term(text, Field.UNTAGGED);
  }

  @Test
  void pubmedOperatorsApplyStrictlyLeftToRight() throws QuerySyntaxException {
    assertThat(parse("a OR b AND c"))
        .isEqualTo(new And(List.of(new Or(List.of(untagged("a"), untagged("b"))), untagged("c"))));
    assertThat(parse("a AND b NOT c OR d"))
        .isEqualTo(
            new Or(
                List.of(
                    new Not(new And(List.of(untagged("a"), untagged("b"))), untagged("c")),
                    untagged("d"))));
    assertThat(parse("a AND (b OR c)"))
        .isEqualTo(new And(List.of(untagged("a"), new Or(List.of(untagged("b"), untagged("c"))))));
  }

  @Test
  void pubmedTermsPhrasesTagsAndTruncation() throws QuerySyntaxException {
    assertThat(parse("heart failure[tiab]")).isEqualTo(term("heart failure", Field.TITLE_ABSTRACT));
    assertThat(parse("\"heart failure\"[Title/Abstract]"))
        .isEqualTo(new Term("heart failure", Field.TITLE_ABSTRACT, true));
    assertThat(parse("cardio*[TW]")).isEqualTo(term("cardio*", Field.TEXT_WORD));
    assertThat(
            parse(
                "Review[Publication Type] OR english[la] OR Lancet[ta] OR 12345[pmid] OR smith j[au]"))
        .isEqualTo(
            new Or(
                List.of(
                    term("Review", Field.PUBLICATION_TYPE),
                    term("english", Field.LANGUAGE),
                    term("Lancet", Field.JOURNAL),
                    term("12345", Field.PMID),
                    term("smith j", Field.AUTHOR))));
    assertThat(parse("\"hip pain\"[tiab:~2]"))
        .isEqualTo(
            new Near(
                List.of(term("hip", Field.TITLE_ABSTRACT), term("pain", Field.TITLE_ABSTRACT)), 2));
  }

  @Test
  void pubmedHeadingsDatesAndHistoryReferences() throws QuerySyntaxException {
    assertThat(parse("Heart Failure[mh]")).isEqualTo(new Heading("Heart Failure", "", true, false));
    assertThat(parse("\"Heart Failure\"[MeSH Terms:noexp]"))
        .isEqualTo(new Heading("Heart Failure", "", false, false));
    assertThat(parse("asthma/drug therapy[mh]"))
        .isEqualTo(new Heading("asthma", "drug therapy", true, false));
    assertThat(parse("\"Sepsis/blood\"[Mesh]"))
        .isEqualTo(new Heading("Sepsis", "blood", true, false));
    assertThat(parse("asthma[majr:noexp]")).isEqualTo(new Heading("asthma", "", false, true));
    assertThat(parse("2010:2020[dp]"))
        .isEqualTo(new DateRange(DateField.PUBLICATION, "2010", "2020"));
    assertThat(parse("2015[Publication Date]"))
        .isEqualTo(new DateRange(DateField.PUBLICATION, "2015", "2015"));
    assertThat(parse("#1 AND #2")).isEqualTo(new And(List.of(new Ref("1"), new Ref("2"))));
  }

  @Test
  void searchBoxAliasesMeanTheSameAsTags() throws QuerySyntaxException {
    assertThat(parse("title:asthma")).isEqualTo(parse("asthma[ti]"));
    assertThat(parse("mesh:\"Heart Failure\"")).isEqualTo(parse("\"Heart Failure\"[mh:noexp]"));
    assertThat(parse("mesh_exp:\"Heart Failure\"")).isEqualTo(parse("\"Heart Failure\"[mh]"));
    assertThat(parse("mesh_ui:D006333")).isEqualTo(new Heading("D006333", "", false, false));
    assertThat(parse("year:2019 AND author:smith")).isEqualTo(parse("2019[dp] AND smith[au]"));
    assertThat(parse("doi:10.1000/xyz.1")).isEqualTo(new Term("10.1000/xyz.1", Field.DOI, true));
    assertThat(parse("keyword:fibrosis journal:Lancet"))
        .isEqualTo(
            new And(List.of(term("fibrosis", Field.KEYWORD), term("Lancet", Field.JOURNAL))));
  }

  @Test
  void ovidHeadingsWithExplosionMajorTopicAndSubheadings() throws QuerySyntaxException {
    assertThat(parse("exp Heart Failure/"))
        .isEqualTo(new Heading("Heart Failure", "", true, false));
    assertThat(parse("Heart Failure/")).isEqualTo(new Heading("Heart Failure", "", false, false));
    assertThat(parse("*Heart Failure/")).isEqualTo(new Heading("Heart Failure", "", false, true));
    assertThat(parse("exp Asthma/dt, th"))
        .isEqualTo(
            new Or(
                List.of(
                    new Heading("Asthma", "drug therapy", true, false),
                    new Heading("Asthma", "therapy", true, false))));
    assertThat(parse("Stomach Neoplasms/us [Ultrasonography]"))
        .isEqualTo(new Heading("Stomach Neoplasms", "ultrasonography", false, false));
    assertThat(parse("CONTRACEPTION/ EXP"))
        .isEqualTo(new Heading("CONTRACEPTION", "", true, false));
    assertThat(parse("exp \"Sensitivity and Specificity\"/"))
        .isEqualTo(new Heading("Sensitivity and Specificity", "", true, false));
    assertThat(parse("exp Child [mesh]")).isEqualTo(new Heading("Child", "", true, false));
  }

  @Test
  void ovidFieldSuffixesApplyToThePrimaryBeforeThem() throws QuerySyntaxException {
    assertThat(
            parse("(Thrombelastogra$ or Thromboelastogra$ or (thromb$ adj2 elastogra$) or TEG).mp"))
        .isEqualTo(
            new Or(
                List.of(
                    term("Thrombelastogra*", Field.TEXT_WORD),
                    term("Thromboelastogra*", Field.TEXT_WORD),
                    new Near(
                        List.of(
                            term("thromb*", Field.TEXT_WORD), term("elastogra*", Field.TEXT_WORD)),
                        1),
                    term("TEG", Field.TEXT_WORD))));
    assertThat(parse("Rapid AND (detection* or diagnos*).ti,ab"))
        .isEqualTo(
            new And(
                List.of(
                    untagged("Rapid"),
                    new Or(
                        List.of(
                            term("detection*", Field.TITLE_ABSTRACT),
                            term("diagnos*", Field.TITLE_ABSTRACT))))));
    assertThat(parse("magnetic resonance imaging.tw."))
        .isEqualTo(term("magnetic resonance imaging", Field.TITLE_ABSTRACT));
    assertThat(parse("(ace adj2 inhibit$).tw,kf."))
        .isEqualTo(
            new Near(List.of(term("ace", Field.TEXT_WORD), term("inhibit*", Field.TEXT_WORD)), 1));
    assertThat(parse("exp animals/ not humans.sh."))
        .isEqualTo(
            new Not(
                new Heading("animals", "", true, false), new Heading("humans", "", false, false)));
    assertThat(parse("(cf or dt).fs."))
        .isEqualTo(
            new Or(
                List.of(
                    term("cerebrospinal fluid", Field.SUBHEADING),
                    term("drug therapy", Field.SUBHEADING))));
    assertThat(parse("(carcin$ or cancer$).mp. [mp=title, abstract, original title]"))
        .isEqualTo(
            new Or(List.of(term("carcin*", Field.TEXT_WORD), term("cancer*", Field.TEXT_WORD))));
  }

  @Test
  void ovidTruncationAndWildcardsShareOneNotation() throws QuerySyntaxException {
    assertThat(parse("tumo?r$2 or randomi#ed or node*1 or sensitiv:"))
        .isEqualTo(
            new Or(
                List.of(
                    untagged("tumo?r*"),
                    untagged("randomi#ed"),
                    untagged("node*"),
                    untagged("sensitiv*"))));
  }

  @Test
  void ovidProximityTakesTheFieldOfItsTaggedOperands() throws QuerySyntaxException {
    assertThat(parse("heart adj attack.tw."))
        .isEqualTo(
            new Near(
                List.of(term("heart", Field.TITLE_ABSTRACT), term("attack", Field.TITLE_ABSTRACT)),
                0));
    assertThat(parse("lower adj extremit* adj2 ulcer*"))
        .isEqualTo(
            new Near(
                List.of(
                    new Near(List.of(untagged("lower"), untagged("extremit*")), 0),
                    untagged("ulcer*")),
                1));
  }

  @Test
  void ovidCombinationsAndLimits() throws QuerySyntaxException {
    assertThat(parse("or/1-3,5"))
        .isEqualTo(new Or(List.of(new Ref("1"), new Ref("2"), new Ref("3"), new Ref("5"))));
    assertThat(parse("and/3,4")).isEqualTo(new And(List.of(new Ref("3"), new Ref("4"))));
    assertThat(parse("OR 1-2")).isEqualTo(new Or(List.of(new Ref("1"), new Ref("2"))));
    assertThat(parse("28 not (28 and 29)"))
        .isEqualTo(new Not(new Ref("28"), new And(List.of(new Ref("28"), new Ref("29")))));
    assertThat(parse("limit 3 to english language"))
        .isEqualTo(new And(List.of(new Ref("3"), term("english", Field.LANGUAGE))));
    assertThat(parse("limit 3 to humans"))
        .isEqualTo(new And(List.of(new Ref("3"), new Heading("Humans", "", true, false))));
    assertThat(parse("limit 6 to yr=\"1970 -Current\""))
        .isEqualTo(
            new And(
                List.of(
                    new Ref("6"),
                    new DateRange(DateField.PUBLICATION, "1970", DateRange.OPEN_END))));
    assertThat(parse("limit 17 to ED=19460101-20181112"))
        .isEqualTo(
            new And(
                List.of(
                    new Ref("17"), new DateRange(DateField.ENTRY, "1946/01/01", "2018/11/12"))));
    assertThat(parse("(2012* or 2013*).ed."))
        .isEqualTo(
            new Or(
                List.of(
                    new DateRange(DateField.ENTRY, "2012", "2012"),
                    new DateRange(DateField.ENTRY, "2013", "2013"))));
  }

  @Test
  void realClefTarLinesParse() throws QuerySyntaxException {
    // CD010213, CD011053, CD012281 and CD009694 of CLEF TAR 2018, written as their authors wrote
    // them.
    assertThat(parse("exp Pancreatic Neoplasms/di [Diagnosis]"))
        .isEqualTo(new Heading("Pancreatic Neoplasms", "diagnosis", true, false));
    assertThat(parse("exp Lung/ra, ri, us [Radiography, Radionuclide Imaging, Ultrasonography]"))
        .isEqualTo(
            new Or(
                List.of(
                    new Heading("Lung", "radiography", true, false),
                    new Heading("Lung", "radionuclide imaging", true, false),
                    new Heading("Lung", "ultrasonography", true, false))));
    assertThat(parse("(T helper$ or T supressor$ or T helper$ T supressor$ ratio).tw."))
        .isEqualTo(
            new Or(
                List.of(
                    term("T helper*", Field.TITLE_ABSTRACT),
                    term("T supressor*", Field.TITLE_ABSTRACT),
                    term("T helper* T supressor* ratio", Field.TITLE_ABSTRACT))));
    assertThat(parse("(\"CT\" OR \"comput* tomograph*\").mp"))
        .isEqualTo(
            new Or(
                List.of(
                    new Term("CT", Field.TEXT_WORD, true),
                    new Term("comput* tomograph*", Field.TEXT_WORD, true))));
    // CD007394 and CD008587 (PubMed syntax, curly quotes).
    assertThat(parse("\u201cAspergillus\"[MeSH] OR (immuno assay[tiab] OR immuno assays[tiab])"))
        .isEqualTo(
            new Or(
                List.of(
                    new Heading("Aspergillus", "", true, false),
                    term("immuno assay", Field.TITLE_ABSTRACT),
                    term("immuno assays", Field.TITLE_ABSTRACT))));
    assertThat(parse("(papillomaviridae [MeSH:NoExp] OR \u201cDNA, viral\u201d [MeSH Terms])"))
        .isEqualTo(
            new Or(
                List.of(
                    new Heading("papillomaviridae", "", false, false),
                    new Heading("DNA, viral", "", true, false))));
  }

  @Test
  void syntaxErrorsSayWhereAndWhatWasExpected() {
    assertThatThrownBy(() -> parse("(asthma OR copd[tiab]"))
        .isInstanceOf(QuerySyntaxException.class)
        .hasMessage("line 1, column 22: expected ')' but found end of line");
    assertThatThrownBy(() -> parse("asthma[tiax]"))
        .hasMessage(
            "line 1, column 7: expected a field tag such as [tiab] or [mh] but found [tiax]");
    assertThatThrownBy(() -> parse("exp asthma OR b"))
        .hasMessage(
            "line 1, column 12: expected '/' or a MeSH tag after the heading 'asthma' but found 'OR'");
    assertThatThrownBy(() -> parse("5 or 6 or 23 16 or 17"))
        .hasMessage("line 1, column 14: expected an operator between line numbers but found '16'");
    assertThatThrownBy(() -> parse("Serology\"[MeSH]"))
        .hasMessage("line 1, column 16: expected a closing quote but found end of line");
    assertThatThrownBy(() -> parse("(a OR b)* AND c"))
        .hasMessage("line 1, column 9: expected a term but found '*'");
    assertThatThrownBy(() -> parse("a adj100 b"))
        .hasMessage("line 1, column 3: expected adj1 to adj99 but found 'adj100'");
    assertThatThrownBy(() -> parse("limit 3 to cats"))
        .hasMessageContaining("column 12: expected a limit");
    assertThatThrownBy(() -> parse("   "))
        .hasMessage("line 1, column 4: expected a query but found end of line");
    assertThatThrownBy(() -> parse("asthma OR {!lucene}*:*"))
        .hasMessageStartingWith("line 1, column 11: expected a term but found '{!'");
    assertThatThrownBy(() -> parse("a NOT b".repeat(2_000)))
        .hasMessageContaining("expected at most 1000 operators in one query");
  }
}
