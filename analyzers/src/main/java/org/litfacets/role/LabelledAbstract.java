package org.litfacets.role;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.litfacets.article.AbstractSection;
import org.litfacets.article.Article;
import org.litfacets.article.Role;
import org.litfacets.article.TextLayout;
import org.litfacets.sentence.SentenceSplitter;
import org.litfacets.sentence.Span;

/**
 * An abstract as a sequence of sentences, each with its known role: training and evaluation data.
 */
public record LabelledAbstract(String id, List<String> sentences, List<Role> roles) {

  public LabelledAbstract {
    if (sentences.size() != roles.size()) {
      throw new IllegalArgumentException(
          "abstract "
              + id
              + " has "
              + sentences.size()
              + " sentences but "
              + roles.size()
              + " roles");
    }
    if (sentences.isEmpty()) {
      throw new IllegalArgumentException("abstract " + id + " has no sentences");
    }
    sentences = List.copyOf(sentences);
    roles = List.copyOf(roles);
  }

  /**
   * A structured abstract as role-labelled sentences, split as the indexer splits an abstract whose
   * labels it does not know: the whole abstract at once, so that a part without a final period runs
   * on into the next as it would in an unstructured abstract. Each sentence takes the role of the
   * part it starts in (see {@link Role#ofSection}), as the indexer's stored roles of a structured
   * abstract do. Empty when any part has no role (e.g. "UNASSIGNED", an unlabelled part): dropping
   * that part would falsify the positions and neighbours of the others, and keeping it would need a
   * guess.
   */
  public static Optional<LabelledAbstract> of(Article article, SentenceSplitter splitter) {
    return of(article, splitter, false);
  }

  /**
   * As {@link #of(Article, SentenceSplitter)}, and also empty when a heading joins parts of
   * different roles ({@link Role#isMixed}, "METHODS AND RESULTS"): fine as gold, since that is what
   * the index stores, but misleading to learn from.
   */
  public static Optional<LabelledAbstract> forTraining(Article article, SentenceSplitter splitter) {
    return of(article, splitter, true);
  }

  /** As {@link #of(Article, SentenceSplitter)} for an abstract without title. */
  public static Optional<LabelledAbstract> of(
      String id, List<AbstractSection> sections, SentenceSplitter splitter) {
    return of(untitled(id, sections), splitter);
  }

  private static Optional<LabelledAbstract> of(
      Article article, SentenceSplitter splitter, boolean unmixed) {
    List<Role> partRoles = new ArrayList<>();
    for (AbstractSection section : article.sections()) {
      Optional<Role> role = Role.ofSection(section.category(), section.label());
      if (role.isEmpty() || (unmixed && Role.isMixed(section.label()))) {
        return Optional.empty();
      }
      partRoles.add(role.get());
    }
    TextLayout layout = article.layout();
    List<String> sentences = new ArrayList<>();
    List<Role> roles = new ArrayList<>();
    for (Span span : splitter.split(article)) {
      if (span.start() >= layout.abstractStart()) {
        TextLayout.Part part = layout.partAt(span.start()).orElseThrow();
        sentences.add(span.of(layout.text()));
        roles.add(partRoles.get(layout.parts().indexOf(part)));
      }
    }
    return sentences.isEmpty()
        ? Optional.empty()
        : Optional.of(new LabelledAbstract(article.pmid(), sentences, roles));
  }

  static Article untitled(String id, List<AbstractSection> sections) {
    return Article.ofText(id, null, sections);
  }
}
