package org.litfacets.article;

/**
 * An entity mention found in an article, normalised to an identifier.
 *
 * @param start offset in {@link Article#analysisText()} (inclusive)
 * @param end offset in {@link Article#analysisText()} (exclusive)
 * @param id identifier, e.g. MESH:D003920, NCBIGene:7157, NCBITaxon:9606, CVCL_0030, RS#:113488022
 * @param name the normalised name of the identifier, or null when none is known
 */
public record EntityMention(int start, int end, EntityType type, String id, String name) {}
