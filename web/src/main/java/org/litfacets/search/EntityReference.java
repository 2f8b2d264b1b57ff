package org.litfacets.search;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.litfacets.article.EntityRelation;
import org.litfacets.article.EntityType;
import org.litfacets.query.Query;

/**
 * An entity named in a request, in PubTator 3.0's syntax, {@code @CHEMICAL_Doxorubicin} (a name or
 * synonym, spaces written as underscores) or {@code @CHEMICAL_MESH:D004317} (an identifier), or as
 * litfacets' filters write it, {@code chemical:MESH:D004317} (an identifier only). Which entity a
 * name stands for depends on the index, so this record only reads the text; {@link
 * EntityService#resolve} finds the entity.
 *
 * @param identifierOnly true when the text can only be an identifier ({@code type:identifier})
 */
public record EntityReference(EntityType type, String text, boolean identifierOnly) {
  /**
   * A relation of any type, in {@code relations:ANY|...} and in the relation parameter of pair
   * search.
   */
  public static final String ANY_RELATION = "ANY";

  private static final String RELATIONS = "relations:";
  private static final String FORMS =
      "@TYPE_name, @TYPE_identifier (TYPE one of "
          + Arrays.stream(EntityType.values())
              .map(EntityReference::pubtatorType)
              .collect(Collectors.joining(", "))
          + ") or type:identifier";

  /**
   * {@code relations:TYPE|@A|@B} as PubTator writes a relation search: two entities and a relation
   * type, ANY or one of {@link EntityRelation#TYPES}.
   */
  public record Relation(String relationType, EntityReference first, EntityReference second) {}

  /** The text as a name: PubTator writes spaces in names as underscores. */
  public String name() {
    return text.replace('_', ' ');
  }

  /**
   * @param param the request parameter that holds the reference, named in error messages
   */
  public static EntityReference parse(String param, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(
          param
              + " is required: an entity such as @CHEMICAL_Doxorubicin or "
              + "chemical:MESH:D004317");
    }
    String v = value.strip();
    if (v.startsWith("@")) {
      int underscore = v.indexOf('_');
      if (underscore < 0) {
        throw new IllegalArgumentException(param + " must be " + FORMS + ", got '" + v + "'");
      }
      String typeName = v.substring(1, underscore);
      EntityType type =
          Arrays.stream(EntityType.values())
              .filter(t -> pubtatorType(t).equalsIgnoreCase(typeName))
              .findFirst()
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          param
                              + ": unknown entity type '"
                              + typeName
                              + "' in '"
                              + v
                              + "'; use one of "
                              + Arrays.stream(EntityType.values())
                                  .map(t -> "@" + pubtatorType(t) + "_")
                                  .collect(Collectors.joining(", "))));
      return new EntityReference(type, nonEmpty(param, v, v.substring(underscore + 1)), false);
    }
    int colon = v.indexOf(':');
    if (colon > 0) {
      String key = v.substring(0, colon);
      Optional<EntityType> type = EntityType.ofKey(key.toLowerCase(Locale.ROOT));
      if (type.isPresent()) {
        return new EntityReference(type.get(), nonEmpty(param, v, v.substring(colon + 1)), true);
      }
    }
    throw new IllegalArgumentException(param + " must be " + FORMS + ", got '" + v + "'");
  }

  /** True when the value is written as a relation search, {@code relations:...}. */
  public static boolean isRelation(String value) {
    return value != null && value.strip().regionMatches(true, 0, RELATIONS, 0, RELATIONS.length());
  }

  /**
   * Reads {@code relations:TYPE|@A|@B}; entity texts may hold bars (variant identifiers do), so
   * "|@" separates.
   */
  public static Relation parseRelation(String param, String value) {
    String v = value.strip();
    int typeEnd = v.indexOf('|');
    int secondStart = typeEnd < 0 ? -1 : v.indexOf("|@", typeEnd + 1);
    if (!isRelation(v) || typeEnd < 0 || secondStart < 0 || v.charAt(typeEnd + 1) != '@') {
      throw new IllegalArgumentException(
          param
              + " must look like "
              + "relations:ANY|@CHEMICAL_Doxorubicin|@DISEASE_Neoplasms (or a relation type instead of ANY), got '"
              + v
              + "'");
    }
    return new Relation(
        relationType(param, v.substring(RELATIONS.length(), typeEnd)),
        parse(param, v.substring(typeEnd + 1, secondStart)),
        parse(param, v.substring(secondStart + 1)));
  }

  /** ANY or one of {@link EntityRelation#TYPES}, in any case, as the index writes it. */
  public static String relationType(String param, String value) {
    String v = value.strip();
    if (v.equalsIgnoreCase(ANY_RELATION)) {
      return ANY_RELATION;
    }
    return EntityRelation.TYPES.stream()
        .filter(t -> t.equalsIgnoreCase(v))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    param
                        + " must be "
                        + ANY_RELATION
                        + " or one of "
                        + String.join(", ", EntityRelation.TYPES)
                        + ", got '"
                        + v
                        + "'"));
  }

  /** The type as PubTator's syntax writes it, e.g. CELLLINE. */
  static String pubtatorType(EntityType type) {
    return Query.Entity.typeName(type);
  }

  private static String nonEmpty(String param, String value, String text) {
    if (text.isBlank()) {
      throw new IllegalArgumentException(
          param
              + " names no entity: '"
              + value
              + "' ends where the name or identifier "
              + "should start");
    }
    return text.strip();
  }
}
