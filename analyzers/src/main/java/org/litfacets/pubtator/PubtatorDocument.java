package org.litfacets.pubtator;

import java.util.List;

/**
 * A title + abstract with its annotations. Offsets index into {@link #text()}, which is the title,
 * one space, and the abstract (the PubTator convention).
 */
public record PubtatorDocument(
    String pmid,
    String title,
    String abstractText,
    List<PubtatorAnnotation> annotations,
    List<PubtatorRelation> relations) {

  public PubtatorDocument {
    annotations = List.copyOf(annotations);
    relations = List.copyOf(relations);
  }

  public PubtatorDocument(
      String pmid, String title, String abstractText, List<PubtatorAnnotation> annotations) {
    this(pmid, title, abstractText, annotations, List.of());
  }

  public String text() {
    return title + " " + abstractText;
  }
}
