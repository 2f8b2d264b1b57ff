package org.litfacets.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.litfacets.query.Query.And;
import org.litfacets.query.Query.Heading;
import org.litfacets.query.Query.Not;
import org.litfacets.query.Query.Or;
import org.litfacets.query.Query.Ref;
import org.litfacets.query.Query.Term;

class HistoryTest {
  private static List<String> labels(History h) {
    return h.lines().stream().map(History.Line::label).toList();
  }

  @Test
  void unnumberedLinesAreNumberedInOrderAndBlankLinesSkipped() throws QuerySyntaxException {
    History h = History.parse("exp Heart Failure/\n\n (cardiac adj2 failure$).ti,ab.\n1 or 2\n");
    assertThat(labels(h)).containsExactly("1", "2", "3");
    assertThat(h.lines().get(1).lineNumber()).isEqualTo(3);
    assertThat(h.line("3").orElseThrow().query())
        .isEqualTo(new Or(List.of(new Ref("1"), new Ref("2"))));
    assertThat(h.query())
        .isEqualTo(
            new Or(
                List.of(
                    new Heading("Heart Failure", "", true, false),
                    QueryParser.parse("(cardiac adj2 failure$).ti,ab."))));
  }

  @Test
  void numberedLinesKeepTheirNumbers() throws QuerySyntaxException {
    History h = History.parse("1 asthma[mh]\r\n2. child*[tiab]\r\n3 #1 AND #2\r\n");
    assertThat(labels(h)).containsExactly("1", "2", "3");
    assertThat(h.line("2").orElseThrow().query())
        .isEqualTo(new Term("child*", Field.TITLE_ABSTRACT, false));
    assertThat(h.query()).isEqualTo(QueryParser.parse("asthma[mh] AND child*[tiab]"));
  }

  @Test
  void linesStartingOrEndingWithAnOperatorContinueTheLineBefore() throws QuerySyntaxException {
    History h = History.parse("(test[tiab] OR assay[tiab])\nAND\t(LAM[tiab])\nAND\n(TB[tiab])");
    assertThat(h.lines()).hasSize(1);
    assertThat(h.query())
        .isEqualTo(QueryParser.parse("(test[tiab] OR assay[tiab]) AND LAM[tiab] AND TB[tiab]"));
    assertThat(labels(History.parse("a\nOR 1-1\nb"))).containsExactly("1", "2", "3");
  }

  @Test
  void sectionedStrategiesLabelTheLinesBelowTheirCaptions() throws QuerySyntaxException {
    // The layout of CLEF TAR 2017 topic CD007427, shortened.
    History h =
        History.parse(
            """
        1 Index test: tests performed during physical examination
        1a
        lasegue[tw]
        2 Population: low-back pain and anatomical location
        back pain[mesh] OR sciatica[tw]
        OR lumbago[tw]
        Searches (combinations)
        A. 1a and 2
        Final search: A or 1a
        """);
    assertThat(labels(h)).containsExactly("1a", "2", "A", "Final search");
    assertThat(h.line("2").orElseThrow().query())
        .isEqualTo(QueryParser.parse("back pain[mesh] OR sciatica[tw] OR lumbago[tw]"));
    assertThat(h.line("A").orElseThrow().query())
        .isEqualTo(new And(List.of(new Ref("1a"), new Ref("2"))));
    assertThat(h.query())
        .isEqualTo(
            new Or(
                List.of(
                    QueryParser.parse(
                        "lasegue[tw] AND (back pain[mesh] OR " + "sciatica[tw] OR lumbago[tw])"),
                    QueryParser.parse("lasegue[tw]"))));
  }

  @Test
  void referencesToMissingLaterOrTheSameLineAreErrors() {
    assertThatThrownBy(() -> History.parse("asthma\ncopd\n1 or 4"))
        .isInstanceOf(QuerySyntaxException.class)
        .hasMessage(
            "line 3, column 6: expected a reference to an earlier line but found #4, a later line");
    assertThatThrownBy(() -> History.parse("asthma\n2 not 1"))
        .hasMessage(
            "line 2, column 1: expected a reference to an earlier line but found #2, this line itself");
    assertThatThrownBy(() -> History.parse("1 asthma\n2 #1 AND #a"))
        .hasMessage(
            "line 2, column 10: expected a reference to an earlier line but found #a, which does not exist");
  }

  @Test
  void syntaxErrorsPointIntoTheWholeHistory() {
    assertThatThrownBy(() -> History.parse("asthma/\ncopd.ti.\n(1 or 2 and (copd[tiab] or x)"))
        .hasMessage("line 3, column 30: expected ')' but found end of line");
    assertThatThrownBy(() -> History.parse("1 asthma\n2 (copd"))
        .hasMessage("line 2, column 8: expected ')' but found end of line");
  }

  @Test
  void longChainsOfReferencesExpand() throws QuerySyntaxException {
    StringBuilder text = new StringBuilder("asthma[tiab]\n");
    for (int i = 1; i < 3_000; i++) {
      text.append(i).append(" or copd").append(i).append("[tiab]\n");
    }
    assertThat(History.parse(text.toString()).query()).isInstanceOf(Or.class);
  }

  @Test
  void expandingSharesLinesReferredToMoreThanOnce() throws QuerySyntaxException {
    History h = History.parse("Animals/\nHumans/\n1 not (1 and 2)");
    Not expanded = (Not) h.query();
    assertThat(expanded.include()).isSameAs(((And) expanded.exclude()).operands().get(0));
  }

  @Test
  void linesReadOneAtATimeExpandTheirReferences() throws QuerySyntaxException {
    History h =
        History.of(
            List.of(
                new History.Line("1", 1, QueryParser.parse("asthma[mh]")),
                new History.Line("2", 2, QueryParser.parse("child*[tiab]")),
                new History.Line("3", 3, QueryParser.parse("#1 NOT #2"))));
    assertThat(h.expanded("3")).isEqualTo(QueryParser.parse("asthma[mh] NOT child*[tiab]"));
    assertThatThrownBy(
            () ->
                History.of(
                    List.of(
                        new History.Line("1", 1, QueryParser.parse("#2")),
                        new History.Line("2", 2, QueryParser.parse("asthma")))))
        .hasMessage("line 1 refers to #2, which is not an earlier line");
  }
}
