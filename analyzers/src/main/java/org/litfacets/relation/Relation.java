package org.litfacets.relation;

import org.litfacets.article.RelationType;
import org.litfacets.entity.EntityPair;

/**
 * A relation that an abstract states between two of its entities, with the classifier's probability
 * of the type.
 */
public record Relation(EntityPair pair, RelationType type, double probability) {}
