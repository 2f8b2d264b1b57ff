package org.litfacets.pubtator3;

import java.util.List;
import org.litfacets.article.AbstractSection;
import org.litfacets.article.AnnotatedArticle;
import org.litfacets.article.Article;
import org.litfacets.article.EntityMention;
import org.litfacets.article.EntityRelation;
import org.litfacets.article.EntityType;

/**
 * A small annotated article with an entity of every type and one relation, for the format writers'
 * tests.
 */
final class Fixtures {
  private Fixtures() {}

  /**
   * "Tamoxifen for breast cancer. ESR1 rs2234693 predicted the response of MCF-7 cells in women."
   * (the abstract starts at 29); the classifier found that tamoxifen treats breast cancer.
   */
  static AnnotatedArticle article() {
    Article article =
        new Article(
            "12345",
            "Tamoxifen for breast cancer.",
            List.of(
                new AbstractSection(
                    null, null, "ESR1 rs2234693 predicted the response of MCF-7 cells in women.")),
            "Breast Cancer Res",
            null,
            2021,
            "2021",
            List.of("Doe J", "Roe R"),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            null);
    List<EntityMention> mentions =
        List.of(
            new EntityMention(29, 33, EntityType.GENE, "NCBIGene:2099", "ESR1"),
            new EntityMention(0, 9, EntityType.CHEMICAL, "MESH:D013629", "Tamoxifen"),
            new EntityMention(14, 27, EntityType.DISEASE, "MESH:D001943", "Breast Neoplasms"),
            new EntityMention(34, 43, EntityType.VARIANT, "RS#:2234693", null),
            new EntityMention(70, 75, EntityType.CELL_LINE, "CVCL_0031", "MCF-7"),
            new EntityMention(85, 90, EntityType.SPECIES, "NCBITaxon:9606", "human"));
    List<EntityRelation> relations =
        List.of(
            new EntityRelation(
                EntityType.CHEMICAL,
                "MESH:D013629",
                EntityType.DISEASE,
                "MESH:D001943",
                "Negative_Correlation",
                0.91f));
    return new AnnotatedArticle(article, List.of(), mentions, relations, List.of());
  }
}
