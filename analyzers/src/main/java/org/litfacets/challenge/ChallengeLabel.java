package org.litfacets.challenge;

/**
 * What a sentence states, after Lahav et al. (AAAI 2022): a challenge (a problem, difficulty, limitation or knowledge
 * gap) and/or a direction (a suggestion or need for future research, a hypothesis). A sentence may be both or neither.
 */
public enum ChallengeLabel {
    CHALLENGE, DIRECTION
}
