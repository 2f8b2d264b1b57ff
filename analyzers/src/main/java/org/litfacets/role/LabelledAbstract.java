package org.litfacets.role;

import java.util.List;

/** An abstract as a sequence of sentences, each with its known role: training and evaluation data. */
public record LabelledAbstract(String id, List<String> sentences, List<Role> roles) {

    public LabelledAbstract {
        if (sentences.size() != roles.size()) {
            throw new IllegalArgumentException("abstract " + id + " has " + sentences.size() + " sentences but "
                    + roles.size() + " roles");
        }
        if (sentences.isEmpty()) {
            throw new IllegalArgumentException("abstract " + id + " has no sentences");
        }
        sentences = List.copyOf(sentences);
        roles = List.copyOf(roles);
    }
}
