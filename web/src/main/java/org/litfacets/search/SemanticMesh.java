package org.litfacets.search;

import java.util.List;
import java.util.function.Function;
import org.litfacets.mesh.suggest.DescriptorVectors;

/**
 * What semantic MeSH matching needs: the embedder for the keywords and the headings' vectors, made by the same model.
 */
public record SemanticMesh(Function<List<String>, List<float[]>> embedder, DescriptorVectors headingVectors) {}
