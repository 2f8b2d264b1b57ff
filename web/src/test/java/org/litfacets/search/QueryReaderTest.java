package org.litfacets.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.litfacets.mesh.MeshVocabulary;
import org.litfacets.query.QueryParser;

class QueryReaderTest {
  private static final MeshVocabulary MESH =
      MeshVocabulary.load(Path.of("../mesh/src/test/resources/mesh-fixture/desc-fixture.xml"));
  private static final QueryReader READER = new QueryReader(Optional.of(MESH), Optional.empty());

  @Test
  void linesReferToEarlierLinesAndAreExpanded() throws Exception {
    List<QueryReader.Line> lines =
        READER.history(
            List.of("retina*[tiab]", "exp Diabetes Mellitus/", "1 and 2", "#3 NOT insulin[ti]"));
    assertThat(lines).allMatch(QueryReader.Line::ok);
    assertThat(lines.get(3).written()).isEqualTo(QueryParser.parse("#3 NOT insulin[ti]"));
    assertThat(lines.get(3).expanded().toString()).contains("retina*", "D003920", "insulin");
  }

  @Test
  void anErrorStaysOnItsLineAndOnTheLinesReferringToIt() {
    List<QueryReader.Line> lines =
        READER.history(
            List.of(
                "asthma AND (children",
                "glucose[ti]",
                "#1 OR #2",
                "or/2-3",
                "#7",
                "\"Diabetis Melitus\"[mh]"));
    assertThat(lines.get(0).error())
        .isEqualTo(new QueryError(1, 21, "expected ')' but found end of line", List.of()));
    assertThat(lines.get(1).ok()).isTrue();
    assertThat(lines.get(2).error().message())
        .isEqualTo("line 3 refers to line 1, which has an error");
    assertThat(lines.get(2).error().column()).isEqualTo(1);
    assertThat(lines.get(3).error().message())
        .isEqualTo("line 4 refers to line 3, which has an error");
    assertThat(lines.get(4).error().message()).contains("#7, a later line");
    QueryError unknown = lines.get(5).error();
    assertThat(unknown.message()).startsWith("unknown MeSH heading 'Diabetis Melitus'");
    assertThat(unknown.suggestions()).contains("Diabetes Mellitus");
    assertThat(unknown.column()).isEqualTo(2);
  }

  @Test
  void aSingleQueryHasNoHistoryToReferTo() {
    assertThatThrownBy(() -> READER.query("12345 AND asthma"))
        .isInstanceOf(QueryException.class)
        .hasMessageContaining("12345[pmid]");
    assertThatThrownBy(() -> READER.query("#3 AND asthma"))
        .hasMessageContaining("column 1: #3 refers to line 3 of a search history");
    // a year in parentheses: the message names it as written, and the year tag
    assertThatThrownBy(() -> READER.query("covid (2020)"))
        .hasMessage(
            "line 1, column 8: a number on its own, 2020, as Ovid numbers lines, refers to line 2020"
                + " of a search history, and a single query has none; write \"2020\" to search for"
                + " the number, 2020[dp] for articles of that year or 2020[pmid] for the article"
                + " with that PMID");
    assertThatThrownBy(() -> READER.query("asthma AND abc[pmid]"))
        .hasMessage("line 1, column 12: a PMID is a number of up to 9 digits, got 'abc'");
    assertThat(READER.query("asthma AND 12345[pmid]")).isNotNull();
    assertThatThrownBy(() -> READER.query("asthma AND (children"))
        .isInstanceOf(QueryException.class)
        .hasMessage("line 1, column 21: expected ')' but found end of line");
  }

  @Test
  void withoutMeshHeadingsAreAnErrorAndWordsStillRead() {
    QueryReader noMesh = new QueryReader(Optional.empty(), Optional.empty());
    assertThat(noMesh.query("asthma[tiab]")).isNotNull();
    assertThatThrownBy(() -> noMesh.query("x[ti] OR Asthma[mh]"))
        .isInstanceOf(QueryException.class)
        .hasMessage(
            "line 1, column 10: MeSH headings need the MeSH vocabulary, which this server was started "
                + "without");
  }

  @Test
  void historiesAreLimitedInLinesAndCharacters() {
    assertThatThrownBy(() -> READER.history(Collections.nCopies(201, "a")))
        .hasMessageContaining("at most 200 lines");
    assertThatThrownBy(() -> READER.history(List.of("a", "b".repeat(10_001))))
        .hasMessage("line 2 has 10001 characters; a line may have at most 10000");
    assertThatThrownBy(() -> READER.history(List.of())).hasMessageContaining("at least one line");
  }
}
