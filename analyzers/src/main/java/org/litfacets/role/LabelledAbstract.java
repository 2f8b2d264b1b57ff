package org.litfacets.role;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.litfacets.article.AbstractSection;
import org.litfacets.article.Role;
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
   * A structured abstract as role-labelled sentences: each part split into sentences that take the
   * part's role (see {@link Role#ofSection}). Empty when any part has no role (e.g. "UNASSIGNED",
   * an unlabelled part): dropping that part would falsify the positions and neighbours of the
   * others, and keeping it would need a guess.
   */
  public static Optional<LabelledAbstract> of(
      String id, List<AbstractSection> sections, SentenceSplitter splitter) {
    List<String> sentences = new ArrayList<>();
    List<Role> roles = new ArrayList<>();
    for (AbstractSection section : sections) {
      Optional<Role> role = Role.ofSection(section.category(), section.label());
      if (role.isEmpty()) {
        return Optional.empty();
      }
      String text = section.text() == null ? "" : section.text();
      for (Span span : splitter.split(text)) {
        String sentence = span.of(text).trim();
        if (!sentence.isEmpty()) {
          sentences.add(sentence);
          roles.add(role.get());
        }
      }
    }
    return sentences.isEmpty()
        ? Optional.empty()
        : Optional.of(new LabelledAbstract(id, sentences, roles));
  }
}
