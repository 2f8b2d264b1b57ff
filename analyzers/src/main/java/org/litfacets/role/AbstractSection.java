package org.litfacets.role;

import org.litfacets.sentence.SentenceSplitter;
import org.litfacets.sentence.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One part of a structured abstract: PubMed's {@code AbstractText} with its {@code Label} and {@code NlmCategory}
 * attributes (either may be null).
 */
public record AbstractSection(String label, String nlmCategory, String text) {

    /**
     * The abstract as role-labelled sentences: each part split into sentences that take the part's role (see
     * {@link Role#ofSection}). Empty when any part has no role (e.g. "UNASSIGNED", an unlabelled part): dropping
     * that part would falsify the positions and neighbours of the others, and keeping it would need a guess.
     */
    public static Optional<LabelledAbstract> toLabelledAbstract(String id, List<AbstractSection> sections, SentenceSplitter splitter) {
        List<String> sentences = new ArrayList<>();
        List<Role> roles = new ArrayList<>();
        for (AbstractSection section : sections) {
            Optional<Role> role = Role.ofSection(section.nlmCategory(), section.label());
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
        return sentences.isEmpty() ? Optional.empty() : Optional.of(new LabelledAbstract(id, sentences, roles));
    }
}
