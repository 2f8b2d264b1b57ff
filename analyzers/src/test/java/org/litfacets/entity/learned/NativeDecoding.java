package org.litfacets.entity.learned;

import java.util.List;
import third_party.org.chokkan.crfsuite.ItemSequence;
import third_party.org.chokkan.crfsuite.StringList;
import third_party.org.chokkan.crfsuite.Tagger;

/**
 * CRFsuite's own native tagger, the reference for {@link CrfModel#decode}. Kept apart from the test
 * class because CRFsuite's classes may only be loaded after its native library is (see {@link
 * CrfTraining#loadNativeLibrary()}).
 */
final class NativeDecoding {

  private NativeDecoding() {}

  static String[] labels(CrfModel model, List<List<String>> features) {
    Tagger tagger = new Tagger();
    ItemSequence sequence = new CrfItems().sequence(features);
    try {
      if (!tagger.open(model.file().toString())) {
        throw new IllegalStateException("CRFsuite cannot open " + model.file());
      }
      StringList out = tagger.tag(sequence);
      String[] labels = new String[(int) out.size()];
      for (int i = 0; i < labels.length; i++) {
        labels[i] = out.get(i);
      }
      out.delete();
      return labels;
    } finally {
      sequence.delete();
      tagger.delete();
    }
  }
}
