package org.litfacets.mesh.suggest;

import java.util.List;
import org.litfacets.mesh.Descriptor;

/** A suggested heading with its score and the evidence of every method that proposed it. */
public record Suggestion(Descriptor descriptor, double score, List<Evidence> evidence) {
  public Suggestion {
    evidence = List.copyOf(evidence);
  }
}
