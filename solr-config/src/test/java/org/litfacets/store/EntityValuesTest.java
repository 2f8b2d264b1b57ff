package org.litfacets.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.litfacets.article.EntityType;

class EntityValuesTest {
  private static final EntityKey DOX = new EntityKey(EntityType.CHEMICAL, "MESH:D004317");
  private static final EntityKey BRAF_V600E = new EntityKey(EntityType.VARIANT, "p|SUB|V|600|E");

  @Test
  void linksAndRelationsReadBackFromTheirPrefixes() {
    String link = EntityValues.link(DOX, BRAF_V600E);
    assertThat(link).isEqualTo("chemical:MESH:D004317>variant:p|SUB|V|600|E");
    assertThat(link).startsWith(EntityValues.linksFrom(DOX, EntityType.VARIANT));
    assertThat(EntityValues.linkedTo(link, DOX)).isEqualTo(BRAF_V600E);

    String relation = EntityValues.relation(BRAF_V600E, DOX, "Association");
    assertThat(relation).startsWith(EntityValues.relationsBetween(BRAF_V600E, DOX));
    assertThat(EntityValues.relatedTo(relation, BRAF_V600E)).isEqualTo(DOX);
    assertThat(EntityValues.relationType(relation)).isEqualTo("Association");
  }

  @Test
  void namesAreFoundByTheirLowerCasedFormAndKeepIdentifiersWithBars() {
    String name =
        EntityValues.name(EntityType.VARIANT, " V600E  mutation", "p.V600E", "p|SUB|V|600|E");
    assertThat(name).isEqualTo("variant|v600e mutation|p.V600E|p|SUB|V|600|E");
    assertThat(name).startsWith(EntityValues.namesStarting(EntityType.VARIANT, "V600"));
    assertThat(name).doesNotStartWith(EntityValues.namesEqual(EntityType.VARIANT, "V600E"));
    assertThat(name).startsWith(EntityValues.namesEqual(EntityType.VARIANT, "v600e Mutation"));
    assertThat(EntityValues.parseName(name))
        .isEqualTo(
            new EntityValues.Name(
                EntityType.VARIANT, "v600e mutation", "p.V600E", "p|SUB|V|600|E"));
    assertThat(EntityValues.name(EntityType.GENE, "a|b", "c|d", "1")).isEqualTo("gene|a b|c d|1");
  }

  @Test
  void labelsSplitAtTheNamesBar() {
    String label = EntityValues.label("BRAF V600E", "p|SUB|V|600|E");
    assertThat(EntityValues.labelName(label)).isEqualTo("BRAF V600E");
    assertThat(EntityValues.labelId(label)).isEqualTo("p|SUB|V|600|E");
  }
}
