package org.litfacets.article;

/**
 * One {@code AbstractText} part of a PubMed abstract.
 *
 * @param label the part's {@code Label} as printed (e.g. "AIMS"), or null for an unlabelled
 *     abstract
 * @param category NLM's normalised {@code NlmCategory} (BACKGROUND, OBJECTIVE, METHODS, RESULTS,
 *     CONCLUSIONS, UNASSIGNED), or null when NLM gives none
 */
public record AbstractSection(String label, String category, String text) {}
