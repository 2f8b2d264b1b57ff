package org.litfacets.article;

/**
 * An entity mention found in an article, normalised to an identifier.
 *
 * @param start offset in {@link Article#analysisText()} (inclusive)
 * @param end offset in {@link Article#analysisText()} (exclusive)
 * @param type lower-case type key: disease, chemical, gene, species, variant, cellline
 * @param id identifier, e.g. MESH:D003920, NCBIGene:7157, NCBITaxon:9606, CVCL_0030, RS#:113488022
 * @param name the normalised name of the identifier
 */
public record EntityMention(int start, int end, String type, String id, String name) {}
