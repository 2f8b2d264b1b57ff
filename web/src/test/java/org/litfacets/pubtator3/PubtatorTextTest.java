package org.litfacets.pubtator3;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.litfacets.article.AbstractSection;
import org.litfacets.article.AnnotatedArticle;
import org.litfacets.article.Article;
import org.litfacets.article.EntityMention;
import org.litfacets.article.EntityType;

class PubtatorTextTest {

  @Test
  void writesTitleAbstractMentionsInTextOrderAndRelationsAsPubtatorDoes() {
    assertThat(PubtatorText.write(List.of(Fixtures.article())))
        .isEqualTo(
            """
        12345|t|Tamoxifen for breast cancer.
        12345|a|ESR1 rs2234693 predicted the response of MCF-7 cells in women.
        12345\t0\t9\tTamoxifen\tChemical\tMESH:D013629
        12345\t14\t27\tbreast cancer\tDisease\tMESH:D001943
        12345\t29\t33\tESR1\tGene\t2099
        12345\t34\t43\trs2234693\tVariant\tRS#:2234693
        12345\t70\t75\tMCF-7\tCellLine\tCVCL_0031
        12345\t85\t90\twomen\tSpecies\t9606
        12345\tNegative_Correlation\tMESH:D001943\tMESH:D013629

        """);
  }

  @Test
  void separatesArticlesByABlankLineAndKeepsEveryOffsetOnOneLine() {
    Article a =
        Article.ofText(
            "7",
            "A\ttitle",
            List.of(
                new AbstractSection("BACKGROUND", null, "First part."),
                new AbstractSection("RESULTS", null, "Second\npart.")));
    // "A title First part. Second part.": the abstract's parts are joined by a space, as the
    // offsets count them.
    AnnotatedArticle annotated =
        new AnnotatedArticle(
            a,
            List.of(),
            List.of(new EntityMention(20, 29, EntityType.DISEASE, "MESH:D1|MESH:D2", null)),
            List.of(),
            List.of());
    Article b = Article.ofText("8", "Other.", List.of(new AbstractSection(null, null, "Text.")));
    assertThat(
            PubtatorText.write(
                List.of(
                    annotated,
                    new AnnotatedArticle(b, List.of(), List.of(), List.of(), List.of()))))
        .isEqualTo(
            """
        7|t|A title
        7|a|First part. Second part.
        7\t20\t29\tSecond pa\tDisease\tMESH:D1;MESH:D2

        8|t|Other.
        8|a|Text.

        """);
  }

  @Test
  void nothingForNoArticles() {
    assertThat(PubtatorText.write(List.of())).isEmpty();
  }
}
