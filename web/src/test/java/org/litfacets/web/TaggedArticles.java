package org.litfacets.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.litfacets.article.AbstractSection;
import org.litfacets.article.Article;
import org.litfacets.article.EnrichedArticle;
import org.litfacets.article.EntityMention;
import org.litfacets.article.EntityType;
import org.litfacets.article.Role;
import org.litfacets.article.Sentence;

/**
 * Hand-made articles for the integration and browser tests of entity features: a title sentence,
 * abstract sentences with roles, and a mention wherever a surface form of the test's "recogniser"
 * occurs, so that rankings are known in advance.
 */
public final class TaggedArticles {
  private TaggedArticles() {}

  /** An abstract sentence and its role. */
  public record S(Role role, String text) {}

  /**
   * @param forms the recogniser: surface form to {type name, identifier, normalised name}
   */
  public static EnrichedArticle article(
      Map<String, String[]> forms,
      String pmid,
      int year,
      String journal,
      String title,
      S... sentences) {
    List<String> texts = new ArrayList<>();
    for (S s : sentences) {
      texts.add(s.text());
    }
    EnrichedArticle article =
        new EnrichedArticle(
            new Article(
                pmid,
                title,
                List.of(new AbstractSection(null, null, String.join(" ", texts))),
                journal,
                null,
                year,
                Integer.toString(year),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                null));
    String text = article.article().analysisText();
    List<Sentence> spans = new ArrayList<>(List.of(new Sentence(0, title.length())));
    int start = title.length() + 1;
    for (S s : sentences) {
      spans.add(new Sentence(start, start + s.text().length(), s.role(), Set.of()));
      start += s.text().length() + 1;
    }
    article.setSentences(spans);
    List<EntityMention> mentions = new ArrayList<>();
    forms.forEach(
        (form, entity) -> {
          Matcher m = Pattern.compile("\\b" + Pattern.quote(form) + "\\b").matcher(text);
          while (m.find()) {
            mentions.add(
                new EntityMention(
                    m.start(), m.end(), EntityType.valueOf(entity[0]), entity[1], entity[2]));
          }
        });
    mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
    article.setMentions(mentions);
    return article;
  }
}
