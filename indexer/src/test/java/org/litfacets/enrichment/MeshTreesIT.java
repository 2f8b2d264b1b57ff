package org.litfacets.enrichment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.litfacets.article.Article;
import org.litfacets.article.EnrichedArticle;
import org.litfacets.article.MeshHeading;
import org.litfacets.mesh.MeshVocabulary;
import org.litfacets.testing.SharedData;

class MeshTreesIT {

  @Test
  void addsTreeNumbersByUiAndByNameWhenTheUiIsMissing() {
    MeshVocabulary mesh = MeshVocabulary.load(SharedData.require("mesh"));
    EnrichedArticle article =
        new EnrichedArticle(
            Article.ofText("1", "t", List.of())
                .withMeshHeadings(
                    List.of(
                        new MeshHeading("D001249", "Asthma", true, List.of()),
                        new MeshHeading(null, "Humans", false, List.of()),
                        new MeshHeading(null, "No Such Heading", false, List.of()))));

    new MeshTrees(mesh).enrich(List.of(article));

    assertThat(article.meshTreeNumbers())
        .containsExactly(
            "C08.127.108",
            "C08.381.495.108",
            "C08.674.095",
            "C20.543.480.680.095",
            "B01.050.150.900.649.313.988.400.112.400.400");
  }
}
