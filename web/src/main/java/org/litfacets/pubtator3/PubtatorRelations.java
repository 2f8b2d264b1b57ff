package org.litfacets.pubtator3;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.litfacets.article.EntityType;
import org.litfacets.search.EntityReference;
import org.litfacets.search.NamedEntity;
import org.litfacets.search.Params;
import org.litfacets.search.RelatedEntityService;

/**
 * PubTator 3.0's {@code relations?e1=&type=&e2=}, answered by {@link RelatedEntityService}: the
 * relations the classifier found between an entity and the entities it shares sentences with, one
 * row per partner and relation type (named as PubTator names them, {@link RelationTypes}), most
 * articles first.
 */
public final class PubtatorRelations {
  private final RelatedEntityService related;

  public PubtatorRelations(RelatedEntityService related) {
    this.related = related;
  }

  /**
   * @param publications the articles in which the classifier found this relation between the two
   */
  public record Row(NamedEntity source, NamedEntity target, String type, long publications) {}

  /**
   * @param e1 the entity, as {@link EntityReference} reads it
   * @param type one of {@link RelationTypes#NAMES}, or null for all
   * @param e2 the type of the related entities (DISEASE), or null for all six
   */
  public List<Row> find(String e1, String type, String e2) {
    EntityReference source = EntityReference.parse("e1", e1);
    String wanted = type == null || type.isBlank() ? null : type.strip().toLowerCase(Locale.ROOT);
    if (wanted != null && !RelationTypes.isName(wanted)) {
      throw new IllegalArgumentException(
          "type must be one of "
              + String.join(", ", RelationTypes.NAMES)
              + ", got '"
              + type.strip()
              + "'");
    }
    if (e2 != null && e2.strip().startsWith("@")) {
      throw new IllegalArgumentException(
          "e2 is the type of the related entities, e.g. DISEASE; for the articles about "
              + "two entities, search relations:ANY|@A|@B");
    }
    List<EntityType> types =
        Params.entityType("e2", e2).map(List::of).orElse(Arrays.asList(EntityType.values()));
    List<Row> rows = new ArrayList<>();
    for (EntityType partnerType : types) {
      RelatedEntityService.Related found =
          related.related(source, partnerType, RelatedEntityService.MAX_LIMIT);
      for (RelatedEntityService.Partner partner : found.related()) {
        partner
            .relations()
            .forEach(
                (bioredType, articles) -> {
                  String name =
                      RelationTypes.pubtatorName(bioredType, found.entity().type(), partnerType);
                  if (wanted == null || wanted.equals(name)) {
                    rows.add(new Row(found.entity(), partner.entity(), name, articles));
                  }
                });
      }
    }
    // A stable sort: among equally many articles, partners stay in order of association.
    rows.sort(Comparator.comparingLong(Row::publications).reversed());
    return rows;
  }
}
