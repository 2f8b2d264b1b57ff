package org.litfacets.entity.learned;

import java.util.List;
import third_party.org.chokkan.crfsuite.Attribute;
import third_party.org.chokkan.crfsuite.Item;
import third_party.org.chokkan.crfsuite.ItemSequence;

/**
 * Turns token features into CRFsuite's native item sequence. CRFsuite copies an attribute or item
 * when it is added, so one attribute and one item are reused: allocating a finalizable SWIG object
 * per feature made tagging several times slower. Not thread-safe: one per thread.
 */
final class CrfItems {

  private final Attribute attribute = new Attribute("", 1.0);
  private final Item item = new Item();

  /** A new native sequence; the caller must {@link ItemSequence#delete()} it. */
  ItemSequence sequence(List<List<String>> features) {
    ItemSequence sequence = new ItemSequence();
    sequence.reserve(features.size());
    for (List<String> tokenFeatures : features) {
      item.clear();
      item.reserve(tokenFeatures.size());
      for (String f : tokenFeatures) {
        attribute.setAttr(f);
        item.add(attribute);
      }
      sequence.add(item);
    }
    return sequence;
  }
}
