package org.litfacets.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PrintersTest {
  private static String pubmed(String q) throws QuerySyntaxException {
    return PubMedPrinter.print(QueryParser.parse(q));
  }

  private static String ovid(String q) throws QuerySyntaxException {
    return OvidPrinter.print(QueryParser.parse(q));
  }

  @Test
  void printsPubMedWithEveryNestedBooleanInParentheses() throws QuerySyntaxException {
    assertThat(pubmed("a OR b AND c NOT d")).isEqualTo("((a OR b) AND c) NOT d");
    assertThat(pubmed("exp Asthma/dt, th"))
        .isEqualTo("\"Asthma/drug therapy\"[mh] OR \"Asthma/therapy\"[mh]");
    assertThat(pubmed("*Lymphatic Metastasis/ or exp *Dementia/"))
        .isEqualTo("\"Lymphatic Metastasis\"[majr:noexp] OR \"Dementia\"[majr]");
    assertThat(pubmed("(hip adj3 pain).ti,ab.")).isEqualTo("\"hip pain\"[tiab:~2]");
    assertThat(pubmed("limit 6 to yr=\"1970 -Current\"")).isEqualTo("#6 AND 1970:3000[dp]");
    assertThat(pubmed("mesh:\"Heart Failure\" AND title:\"acute\""))
        .isEqualTo("\"Heart Failure\"[mh:noexp] AND \"acute\"[ti]");
  }

  @Test
  void printsOvidWithSharedFieldsOnceAfterTheGroup() throws QuerySyntaxException {
    assertThat(ovid("(cancer*[tiab] OR tumor*[tiab]) AND \"Lung Neoplasms\"[mh]"))
        .isEqualTo("(cancer* or tumor*).ti,ab. and exp Lung Neoplasms/");
    assertThat(ovid("asthma/drug therapy[majr:noexp]")).isEqualTo("*asthma/dt");
    assertThat(ovid("\"Aged, 80 and over\"[mh]")).isEqualTo("exp \"Aged, 80 and over\"/");
    assertThat(ovid("#1 OR #2 OR #3 OR #5")).isEqualTo("or/1-3,5");
    assertThat(ovid("\"hip pain\"[tiab:~2] OR 1946/01/01:2018/11/12[edat]"))
        .isEqualTo("(hip adj3 pain).ti,ab. or 19460101-20181112.ed.");
  }

  /**
   * What the Polyglot Search Translator does: an Ovid MEDLINE strategy (CLEF TAR 2017 topic
   * CD010438) for PubMed.
   */
  @Test
  void translatesAnOvidStrategyToPubMed() throws QuerySyntaxException {
    History ovid =
        History.parse(
            """
        (Thrombelastogra$ or Thromboelastogra$ or (thromb$ adj2 elastogra$) or TEG or haemoscope).mp
        Thrombelastography/
        ((rotational adj2 thrombelast) or ROTEM or "tem international").mp.
        1 or 2 or 3
        exp animals/ not humans.sh.
        4 not 5
        limit 6 to yr="1970 -Current"
        """);
    List<String> pubmed =
        ovid.lines().stream()
            .map(l -> "#" + l.label() + " " + PubMedPrinter.print(l.query()))
            .toList();
    assertThat(pubmed)
        .containsExactly(
            "#1 Thrombelastogra*[tw] OR Thromboelastogra*[tw] OR (thromb*[tw] ADJ2 elastogra*[tw]) OR TEG[tw] OR "
                + "haemoscope[tw]",
            "#2 \"Thrombelastography\"[mh:noexp]",
            "#3 (rotational[tw] ADJ2 thrombelast[tw]) OR ROTEM[tw] OR \"tem international\"[tw]",
            "#4 #1 OR #2 OR #3",
            "#5 \"animals\"[mh] NOT \"humans\"[mh:noexp]",
            "#6 #4 NOT #5",
            "#7 #6 AND 1970:3000[dp]");
  }
}
