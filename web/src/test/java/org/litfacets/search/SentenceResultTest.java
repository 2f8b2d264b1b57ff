package org.litfacets.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.litfacets.article.EntityMention;
import org.litfacets.article.EntityType;

class SentenceResultTest {

  @Test
  void listsEachEntityOfASentenceOnceInOrderOfFirstMention() {
    EntityMention glucose = new EntityMention(0, 7, EntityType.CHEMICAL, "MESH:D005947", "Glucose");
    EntityMention tumour =
        new EntityMention(12, 17, EntityType.DISEASE, "MESH:D009369", "Neoplasms");
    EntityMention glucoseAgain =
        new EntityMention(30, 37, EntityType.CHEMICAL, "MESH:D005947", "Glucose");
    EntityMention sameIdOtherType =
        new EntityMention(40, 45, EntityType.GENE, "MESH:D005947", "GLC");
    SentenceResult.Hit hit =
        new SentenceResult.Hit(
            "1-s0",
            "1",
            0,
            "text",
            "text",
            null,
            null,
            null,
            List.of(),
            Map.of(),
            List.of(glucose, tumour, glucoseAgain, sameIdOtherType),
            "Title",
            "Journal",
            2020);

    assertThat(hit.distinctEntities()).containsExactly(glucose, tumour, sameIdOtherType);
  }
}
