package org.litfacets.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.statistics.Statistics;

/**
 * Printing then parsing gives the tree back, in both syntaxes; and no input, however broken, makes
 * the parser throw anything but {@link QuerySyntaxException}.
 */
class QueryRoundTripProperties {

  @Property(tries = 2000)
  void pubmedFormParsesToTheSameTree(@ForAll("queries") String query) {
    roundTrip(query, PubMedPrinter::print);
  }

  @Property(tries = 2000)
  void ovidFormParsesToTheSameTree(@ForAll("queries") String query) {
    roundTrip(query, OvidPrinter::print);
  }

  @Property(tries = 3000)
  void queryLikeNoiseOnlyEverRaisesSyntaxErrors(
      @ForAll
          @StringLength(max = 40)
          @Chars({
            '(', ')', '[', ']', '"', '\u201c', '/', '.', '*', '$', '?', '#', ':', '=', ' ', ',',
            '-', '~', '\n', '@', '_', '|'
          })
          @CharRange(from = 'a', to = 'z')
          @CharRange(from = '0', to = '9')
          String noise) {
    parseEverywhere(noise);
  }

  @Property(tries = 1000)
  void anyStringOnlyEverRaisesSyntaxErrors(@ForAll String anything) {
    parseEverywhere(anything);
  }

  /** Whatever parses also prints and parses back to the same tree. */
  private static void parseEverywhere(String text) {
    try {
      Query q = QueryParser.parse(text);
      assertThat(QueryParser.parse(PubMedPrinter.print(q))).isEqualTo(q);
      assertThat(QueryParser.parse(OvidPrinter.print(q))).isEqualTo(q);
    } catch (QuerySyntaxException expected) {
      assertThat(expected.line()).isPositive();
      assertThat(expected.column()).isPositive();
    }
    try {
      History.parse(text).query();
    } catch (QuerySyntaxException expected) {
      assertThat(expected.column()).isPositive();
    }
  }

  private static void roundTrip(String query, Function<Query, String> printer) {
    Query parsed;
    try {
      parsed = QueryParser.parse(query);
    } catch (QuerySyntaxException e) {
      Statistics.collect("syntax error");
      Statistics.coverage(c -> c.check("syntax error").percentage(p -> p < 10));
      return;
    }
    Statistics.collect("parsed");
    String printed = printer.apply(parsed);
    try {
      assertThat(QueryParser.parse(printed)).as(printed).isEqualTo(parsed);
    } catch (QuerySyntaxException e) {
      throw new AssertionError(
          "printed " + query + " as " + printed + ", which does not parse: " + e.getMessage());
    }
  }

  @Provide
  Arbitrary<String> queries() {
    return Arbitraries.recursive(
        QueryRoundTripProperties::atom, QueryRoundTripProperties::compound, 0, 4);
  }

  private static Arbitrary<String> atom() {
    Arbitrary<String> word =
        Arbitraries.of(
            "asthma",
            "heart failure",
            "cardio*",
            "tumo?r",
            "randomi#ed",
            "child$",
            "node*1",
            "sensitiv:",
            "O'Brien$",
            "IL-6",
            "0.5 mg",
            "3 d",
            "T helper$ ratio",
            "Anesthesia, Epidural",
            "e.g.",
            "exp",
            "Limit",
            "CT",
            "a");
    Arbitrary<String> quoted =
        Arbitraries.of(
            "\"heart failure\"",
            "\u201cred flag\u201d",
            "\"comput* tomograph*\"",
            "\"[11C]PIB\"",
            "\"SPECT/CT\"",
            "\"65 and over\"");
    Arbitrary<String> tag =
        Arbitraries.of(
            "[tiab]",
            "[TI]",
            "[ab]",
            "[tw]",
            "[all]",
            "[pt]",
            "[au]",
            "[la]",
            "[ta]",
            "[pmid]",
            "[ot]",
            "[nm]",
            "[Title/Abstract]",
            "[Text Word]",
            "[All Fields]",
            " [Publication Type]",
            "[Supplementary Concept]");
    Arbitrary<String> suffix =
        Arbitraries.of(
            ".ti,ab.",
            ".tw.",
            ".mp",
            ".ab.",
            ".ti.",
            ".kf.",
            ".tw,kf.",
            ".af.",
            ".pt.",
            ".au.",
            ".nm.",
            ".ti,ab,kf",
            ".tw,ot.");
    Arbitrary<String> heading =
        Arbitraries.of(
            "exp Heart Failure/",
            "Heart Failure/",
            "*Asthma/",
            "exp *Dementia/",
            "exp Asthma/dt, th",
            "Pancreas/ab, pa [Abnormalities]",
            "CONTRACEPTION/ EXP",
            "\"Sepsis/blood\"[mh]",
            "asthma/drug therapy[majr]",
            "Asthma[mh:noexp]",
            "exp Child [mesh]",
            "\"Aged, 80 and over\"/",
            "exp \"Sensitivity and Specificity\"/",
            "humans.sh.",
            "Asthma/xy",
            "\"Infant, Newborn\"[MeSH Terms]",
            "dt.fs.",
            "diagnosis[sh]",
            "mesh:\"Heart Failure\"",
            "mesh_exp:asthma",
            "mesh_ui:D006333");
    Arbitrary<String> other =
        Arbitraries.of(
            "#1",
            "3",
            "#2b",
            "or/1-3",
            "and/2,4",
            "OR 1-4",
            "2010:2020[dp]",
            "2012[edat]",
            "(2012* or 2013*).ed.",
            "1946/01/01:2018/11/12[crdt]",
            "limit 3 to humans",
            "limit 2 to yr=\"2000 -Current\"",
            "limit 4 to english language",
            "limit 5 to ED=19460101-20181112",
            "title:asthma",
            "year:2019",
            "doi:10.1000/x.y",
            "author:smith",
            "publication_type:Review",
            "keyword:\"sleep apnea\"",
            "\"hip pain\"[tiab:~3]",
            "limit 31 to \"reviews (maximizes specificity)\"");
    Arbitrary<String> entity =
        Arbitraries.of(
            "@CHEMICAL_Doxorubicin",
            "@chemical_MESH:D004317",
            "@DISEASE_breast_neoplasms",
            "@CellLine_HeLa",
            "@VARIANT_p.V600E",
            "@GENE_NCBIGene:7157",
            "@SPECIES_9606",
            "relations:ANY|@CHEMICAL_Doxorubicin|@DISEASE_Cardiotoxicity",
            "relations:positive_correlation|@CHEMICAL_x.y|@GENE_TP53",
            "relations:Bind|@VARIANT_c|SUB|A|1|G|@GENE_7157");
    return Arbitraries.oneOf(
        word,
        quoted,
        other,
        heading,
        entity,
        Combinators.combine(word, tag).as(String::concat),
        Combinators.combine(quoted, tag).as(String::concat),
        Combinators.combine(word, suffix).as(String::concat),
        Combinators.combine(quoted, suffix).as(String::concat));
  }

  private static Arbitrary<String> compound(Arbitrary<String> inner) {
    Arbitrary<String> operator =
        Arbitraries.of(
            " AND ", " OR ", " NOT ", " and ", " or ", " not ", " adj ", " adj3 ", " ADJ5 ", " ");
    Arbitrary<String> suffix = Arbitraries.of(".ti,ab.", ".mp.", ".tw.", "");
    return Arbitraries.oneOf(
        Combinators.combine(inner, operator, inner).as((a, op, b) -> a + op + b),
        Combinators.combine(inner, operator, inner, suffix)
            .as((a, op, b, s) -> "(" + a + op + b + ")" + s));
  }
}
