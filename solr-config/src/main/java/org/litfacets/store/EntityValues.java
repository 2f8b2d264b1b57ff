package org.litfacets.store;

import java.util.Locale;
import org.litfacets.article.EntityType;

/**
 * How entity links, relations, names and facet labels are written as values of {@link
 * ArticleFields#ENTITY_LINK}, {@link ArticleFields#ENTITY_RELATION}, {@link
 * ArticleFields#ENTITY_NAME} and {@link ArticleFields#entityLabels}: for the store that writes them
 * and the searches that facet on them.
 *
 * <p>Links and relations are directed and stored both ways round ({@code
 * chemical:MESH:D004317>disease:MESH:D009369} and the reverse), so that one prefix, {@code
 * chemical:MESH:D004317>}, finds everything linked to an entity. Identifiers hold no {@code >}
 * (variants are written {@code c|SUB|A|123|G}), and relation types hold none either.
 *
 * <p>A name value is {@code type|form|name|identifier}: the form (a surface form seen in the text,
 * or the normalised name) comes right after the type, lower-cased, so that a prefix finds the
 * identifiers whose names start with some letters; the normalised name rides along so that a match
 * can be shown without another request. Identifiers may hold bars, so the identifier comes last;
 * bars in forms and names are replaced by spaces.
 */
public final class EntityValues {
  private static final char ARROW = '>';
  private static final char BAR = '|';

  private EntityValues() {}

  /** {@code from>to}: the two entities share a sentence. */
  public static String link(EntityKey from, EntityKey to) {
    return from.value() + ARROW + to.value();
  }

  /** {@code from>to>type}: the relation classifier says the two are related so. */
  public static String relation(EntityKey from, EntityKey to, String relationType) {
    return link(from, to) + ARROW + relationType;
  }

  /** The prefix of the links, and of the relations, from an entity to the entities of a type. */
  public static String linksFrom(EntityKey from, EntityType to) {
    return from.value() + ARROW + to.key() + ":";
  }

  /** The prefix of the relations between two entities; their relation type follows it. */
  public static String relationsBetween(EntityKey from, EntityKey to) {
    return link(from, to) + ARROW;
  }

  /** The entity a link from {@code from} leads to. */
  public static EntityKey linkedTo(String link, EntityKey from) {
    return EntityKey.parse(link.substring(from.value().length() + 1));
  }

  /** The entity a relation from {@code from} leads to. */
  public static EntityKey relatedTo(String relation, EntityKey from) {
    return EntityKey.parse(
        relation.substring(from.value().length() + 1, relation.lastIndexOf(ARROW)));
  }

  /** The type of a relation value. */
  public static String relationType(String relation) {
    return relation.substring(relation.lastIndexOf(ARROW) + 1);
  }

  /** A name value: this form (mention text or normalised name) stands for this identifier. */
  public static String name(EntityType type, String form, String name, String id) {
    return type.key() + BAR + form(form) + BAR + name.replace(BAR, ' ') + BAR + id;
  }

  /**
   * The prefix of the name values of a type whose form starts with {@code text} (compared as forms
   * are stored).
   */
  public static String namesStarting(EntityType type, String text) {
    return type.key() + BAR + form(text);
  }

  /** The prefix of the name values of a type whose form is {@code text} exactly. */
  public static String namesEqual(EntityType type, String text) {
    return namesStarting(type, text) + BAR;
  }

  /** How names are compared: lower case, single spaces, no bars. */
  public static String form(String text) {
    return text.replace(BAR, ' ').strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /** A value of a type's facet field ({@link ArticleFields#entityLabels}): "name|identifier". */
  public static String label(String name, String id) {
    return name + BAR + id;
  }

  /** The name of a facet value; names hold no bars. */
  public static String labelName(String label) {
    return label.substring(0, label.indexOf(BAR));
  }

  /** The identifier of a facet value; identifiers may hold bars, so it is all after the name's. */
  public static String labelId(String label) {
    return label.substring(label.indexOf(BAR) + 1);
  }

  /** A name value read back. */
  public record Name(EntityType type, String form, String name, String id) {}

  public static Name parseName(String value) {
    String[] p = value.split("\\|", 4);
    if (p.length < 4) {
      throw new IllegalArgumentException("not an entity name value: '" + value + "'");
    }
    return new Name(
        EntityType.ofKey(p[0])
            .orElseThrow(
                () -> new IllegalArgumentException("not an entity name value: '" + value + "'")),
        p[1],
        p[2],
        p[3]);
  }
}
