package org.litfacets.challenge;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A sentence in its context: the sentences before and after it ("" when there is none) and the name of its section
 * ("" when unknown). {@code labels} are the known labels of training and evaluation data, empty otherwise.
 */
public record ChallengeSentence(String id, String section, String previous, String text, String next,
                                Set<ChallengeLabel> labels) {

    public ChallengeSentence {
        Objects.requireNonNull(text, "text");
        section = section == null ? "" : section;
        previous = previous == null ? "" : previous;
        next = next == null ? "" : next;
        labels = labels.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(labels));
    }

    /** An unlabelled sentence to classify. */
    public static ChallengeSentence of(String section, String previous, String text, String next) {
        return new ChallengeSentence("", section, previous, text, next, Set.of());
    }
}
