package org.litfacets.pubtator;

import java.util.List;

/**
 * A document-level relation line, e.g. {@code 227508 CID D008750 D007022} (BC5CDR) or {@code
 * 10491763 Association 3175 D003924 No} (BioRED): the type and the remaining columns.
 */
public record PubtatorRelation(String type, List<String> arguments) {
  public PubtatorRelation {
    arguments = List.copyOf(arguments);
  }
}
