package org.litfacets.enrichment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.litfacets.article.AbstractSection;
import org.litfacets.article.Article;
import org.litfacets.article.EnrichedArticle;
import org.litfacets.article.Sentence;
import org.litfacets.indexing.Enricher;
import org.litfacets.role.Role;
import org.litfacets.role.RoleClassifier;

/**
 * Gives every abstract sentence its rhetorical role: from PubMed's own section labels when the abstract is
 * structured, otherwise from the trained classifier. Needs {@link Sentences} before it.
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
  public void enrich(List<EnrichedArticle> batch) {
    for (EnrichedArticle enriched : batch) {
      Article a = enriched.article();
      String text = a.analysisText();
      int abstractStart = text.length() - a.abstractText().length();
      List<Integer> inAbstract = new ArrayList<>();
      for (int i = 0; i < enriched.sentences().size(); i++) {
        if (enriched.sentences().get(i).start() >= abstractStart) {
          inAbstract.add(i);
        }
      }
      if (inAbstract.isEmpty()) {
        continue;
      }
      if (a.isStructured()) {
        labelFromSections(enriched, inAbstract, abstractStart);
      } else {
        List<String> texts = inAbstract.stream().map(i -> text.substring(enriched.sentences().get(i).start(),
            enriched.sentences().get(i).end())).toList();
        List<Role> roles = classifier.classify(texts);
        for (int k = 0; k < inAbstract.size(); k++) {
          int i = inAbstract.get(k);
          enriched.sentences().set(i, enriched.sentences().get(i).withRole(roles.get(k).name()));
        }
      }
    }
  }

  /** Each sentence takes the role of the labelled part it starts in; unmappable labels leave it without a role. */
  private static void labelFromSections(EnrichedArticle enriched, List<Integer> inAbstract, int abstractStart) {
    List<AbstractSection> sections = enriched.article().sections();
    int[] sectionEnds = new int[sections.size()];
    int offset = abstractStart;
    for (int s = 0; s < sections.size(); s++) {
      offset += sections.get(s).text().length();
      sectionEnds[s] = offset;
      offset++; // the space between parts
    }
    for (int i : inAbstract) {
      Sentence sentence = enriched.sentences().get(i);
      int s = 0;
      while (s < sectionEnds.length - 1 && sentence.start() >= sectionEnds[s]) {
        s++;
      }
      AbstractSection section = sections.get(s);
      Optional<Role> role = Role.ofSection(section.category(), section.label());
      enriched.sentences().set(i, sentence.withRole(role.map(Role::name).orElse(null)));
    }
  }
}
