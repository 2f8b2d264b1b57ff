package org.litfacets.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.litfacets.article.AnnotatedArticle;
import org.litfacets.article.Article;
import org.litfacets.article.ChallengeLabel;
import org.litfacets.article.EntityMention;
import org.litfacets.article.EntityType;
import org.litfacets.article.Role;
import org.litfacets.article.Sentence;
import org.litfacets.article.TextLayout;
import org.litfacets.search.Html;
import org.litfacets.search.NamedEntity;

/**
 * The article page's view of an annotated article: title and abstract parts as HTML, with sentences
 * coloured by role and entity mentions highlighted by type (hover shows the identifier), plus the
 * entities grouped by type.
 */
public record ArticleView(
    Article article,
    String titleHtml,
    List<Part> parts,
    List<EntityGroup> entityGroups,
    List<String> roles,
    boolean hasChallenges) {

  public record Part(String label, String category, String html) {}

  public record Entity(String id, String name, int mentions) {}

  public record EntityGroup(String type, String label, List<Entity> entities) {}

  /**
   * A relation the classifier found between two of the article's entities, named as its mentions
   * name them.
   */
  public record Relation(
      NamedEntity entity1, NamedEntity entity2, String type, float probability) {}

  static List<Relation> relations(AnnotatedArticle annotated) {
    Map<String, String> names = new HashMap<>();
    annotated.mentions().stream()
        .filter(m -> m.name() != null)
        .forEach(m -> names.putIfAbsent(m.type().key() + ":" + m.id(), m.name()));
    return annotated.relations().stream()
        .map(
            r ->
                new Relation(
                    new NamedEntity(
                        r.type1(),
                        r.id1(),
                        names.getOrDefault(r.type1().key() + ":" + r.id1(), r.id1())),
                    new NamedEntity(
                        r.type2(),
                        r.id2(),
                        names.getOrDefault(r.type2().key() + ":" + r.id2(), r.id2())),
                    r.relationType(),
                    r.probability()))
        .toList();
  }

  static ArticleView of(AnnotatedArticle annotated) {
    Article a = annotated.article();
    TextLayout layout = a.layout();
    String text = layout.text();
    List<Part> parts = new ArrayList<>();
    for (TextLayout.Part p : layout.parts()) {
      parts.add(
          new Part(
              p.section().label(),
              p.section().category(),
              html(text, p.start(), p.end(), annotated)));
    }
    Map<EntityType, Map<String, int[]>> counts =
        new TreeMap<>(Comparator.comparing(EntityType::key));
    Map<String, String> names = new LinkedHashMap<>();
    for (EntityMention m : annotated.mentions()) {
      counts.computeIfAbsent(m.type(), t -> new LinkedHashMap<>())
          .computeIfAbsent(m.id(), i -> new int[1])[0]++;
      names.putIfAbsent(m.id(), m.name() == null ? text.substring(m.start(), m.end()) : m.name());
    }
    List<EntityGroup> groups = new ArrayList<>();
    counts.forEach(
        (type, byId) -> {
          List<Entity> entities = new ArrayList<>();
          byId.forEach((id, n) -> entities.add(new Entity(id, names.get(id), n[0])));
          entities.sort((x, y) -> y.mentions() - x.mentions());
          groups.add(new EntityGroup(type.key(), type.label(), entities));
        });
    List<String> roles =
        annotated.sentences().stream()
            .map(Sentence::role)
            .filter(r -> r != null)
            .distinct()
            .map(Role::name)
            .toList();
    boolean challenges = annotated.sentences().stream().anyMatch(s -> !s.labels().isEmpty());
    return new ArticleView(
        a, html(text, 0, layout.titleEnd(), annotated), parts, groups, roles, challenges);
  }

  /**
   * HTML of text[from, to): sentences as spans with their role and labels, mentions inside them as
   * marks.
   */
  static String html(String text, int from, int to, AnnotatedArticle annotated) {
    StringBuilder out = new StringBuilder();
    int pos = from;
    for (Sentence s : annotated.sentences()) {
      int start = Math.max(s.start(), from);
      int end = Math.min(s.end(), to);
      if (start >= end) {
        continue;
      }
      escape(text, pos, start, out);
      out.append("<span class=\"sentence");
      if (s.role() != null) {
        out.append(" role-").append(s.role().name().toLowerCase(Locale.ROOT));
      }
      s.labels().stream().sorted().forEach(l -> out.append(" ").append(l.key()));
      out.append('"');
      if (s.role() != null || !s.labels().isEmpty()) {
        List<String> about = new ArrayList<>();
        if (s.role() != null) {
          about.add(s.role().name());
        }
        s.labels().stream().sorted().map(ChallengeLabel::key).forEach(about::add);
        out.append(" title=\"").append(String.join(", ", about)).append('"');
      }
      out.append('>');
      int p = start;
      for (EntityMention m : annotated.mentions()) {
        if (m.start() < p || m.end() > end) {
          continue;
        }
        escape(text, p, m.start(), out);
        out.append("<mark class=\"entity entity-")
            .append(m.type().key())
            .append("\" data-id=\"")
            .append(attr(m.id()))
            .append("\" title=\"")
            .append(
                attr(
                    m.type().label()
                        + ": "
                        + (m.name() == null ? "" : m.name() + " ")
                        + "("
                        + m.id()
                        + ")"))
            .append("\">");
        escape(text, m.start(), m.end(), out);
        out.append("</mark>");
        p = m.end();
      }
      escape(text, p, end, out);
      out.append("</span>");
      pos = end;
    }
    escape(text, pos, to, out);
    return out.toString();
  }

  private static void escape(String text, int from, int to, StringBuilder out) {
    out.append(Html.escape(text.substring(from, to)));
  }

  private static String attr(String value) {
    return Html.escape(value);
  }
}
