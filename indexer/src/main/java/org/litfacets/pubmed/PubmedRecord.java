package org.litfacets.pubmed;

import java.util.List;
import org.litfacets.article.Article;

/** What a PubMed/MEDLINE XML file holds, one record at a time. */
public sealed interface PubmedRecord {

  /** A citation (journal article or book chapter) to add or replace. */
  record Citation(Article article) implements PubmedRecord {}

  /** A {@code DeleteCitation} entry: these PMIDs must leave the index. */
  record Deletion(List<String> pmids) implements PubmedRecord {}

  /** A record that could not be read; the rest of the file goes on. */
  record Malformed(String pmid, String reason) implements PubmedRecord {}
}
