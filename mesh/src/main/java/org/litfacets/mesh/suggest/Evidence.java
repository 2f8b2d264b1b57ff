package org.litfacets.mesh.suggest;

/**
 * Why a heading was suggested.
 *
 * @param keyword the query keyword that matched, or null for corpus feedback (which uses the whole
 *     clause)
 * @param entryTerm the entry term of the heading that the keyword matched, or a description of the
 *     corpus evidence
 * @param method the method that proposed the heading
 * @param rank 1-based rank of the heading in that method's own list
 * @param score the method's own score (not comparable across methods)
 */
public record Evidence(
    String keyword, String entryTerm, SuggestionMethod method, int rank, double score) {}
