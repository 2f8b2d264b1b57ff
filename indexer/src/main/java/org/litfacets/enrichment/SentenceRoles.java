package org.litfacets.enrichment;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.litfacets.article.AbstractSection;
import org.litfacets.article.Article;
import org.litfacets.article.EnrichedArticle;
import org.litfacets.article.Role;
import org.litfacets.article.Sentence;
import org.litfacets.article.TextLayout;
import org.litfacets.indexing.Enricher;
import org.litfacets.indexing.Part;
import org.litfacets.role.RoleClassifier;

/**
 * Gives every abstract sentence its rhetorical role: from PubMed's own section labels when the
 * abstract is structured, otherwise from the trained classifier.
 */
public final class SentenceRoles implements Enricher {
  private final RoleClassifier classifier;

  public SentenceRoles(RoleClassifier classifier) {
    this.classifier = classifier;
  }

  @Override
  public String name() {
    return "sentence-roles";
  }

  @Override
  public Set<Part> needs() {
    return Set.of(Part.SENTENCES);
  }

  @Override
  public Set<Part> sets() {
    return Set.of(Part.ROLES);
  }

  @Override
  public void enrich(List<EnrichedArticle> batch) {
    for (EnrichedArticle enriched : batch) {
      Article a = enriched.article();
      TextLayout layout = a.layout();
      List<Sentence> sentences = enriched.sentences();
      List<Integer> inAbstract = new ArrayList<>();
      for (int i = 0; i < sentences.size(); i++) {
        if (sentences.get(i).start() >= layout.abstractStart()) {
          inAbstract.add(i);
        }
      }
      List<Role> roles =
          inAbstract.isEmpty()
              ? List.of()
              : a.isStructured()
                  ? fromSections(layout, sentences, inAbstract)
                  : classifier.classify(
                      inAbstract.stream()
                          .map(
                              i ->
                                  layout
                                      .text()
                                      .substring(sentences.get(i).start(), sentences.get(i).end()))
                          .toList());
      List<Sentence> withRoles = new ArrayList<>(sentences.size());
      for (int i = 0; i < sentences.size(); i++) {
        int k = inAbstract.indexOf(i);
        withRoles.add(sentences.get(i).withRole(k < 0 ? null : roles.get(k)));
      }
      enriched.setSentences(withRoles);
    }
  }

  /**
   * Each sentence takes the role of the labelled part it starts in; unmappable labels leave it
   * without a role.
   */
  private static List<Role> fromSections(
      TextLayout layout, List<Sentence> sentences, List<Integer> inAbstract) {
    List<Role> roles = new ArrayList<>(inAbstract.size());
    for (int i : inAbstract) {
      AbstractSection section = layout.partAt(sentences.get(i).start()).orElseThrow().section();
      roles.add(Role.ofSection(section.category(), section.label()).orElse(null));
    }
    return roles;
  }
}
