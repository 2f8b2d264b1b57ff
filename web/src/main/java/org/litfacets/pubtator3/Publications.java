package org.litfacets.pubtator3;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.litfacets.article.AnnotatedArticle;
import org.litfacets.search.SearchService;

/**
 * The articles that PubTator's exports ask for, {@code pmids=1,2,3}: in the order asked, unknown
 * PMIDs skipped.
 */
public final class Publications {
  /** PubTator's limit for a GET export. */
  public static final int MAX_PMIDS = 100;

  private final SearchService search;

  public Publications(SearchService search) {
    this.search = search;
  }

  public List<AnnotatedArticle> get(String pmids) {
    if (pmids == null || pmids.isBlank()) {
      throw new IllegalArgumentException(
          "pmids is required: PubMed IDs separated by commas, e.g. pmids=29355051," + "32511357");
    }
    Set<String> asked = new LinkedHashSet<>();
    for (String pmid : pmids.split(",")) {
      String p = pmid.strip();
      if (!p.isEmpty() && !p.matches("\\d{1,9}")) {
        throw new IllegalArgumentException(
            "pmids: '" + p + "' is not a PMID (a number of up to 9 digits)");
      }
      if (!p.isEmpty()) {
        asked.add(p);
      }
    }
    if (asked.isEmpty()) {
      throw new IllegalArgumentException(
          "pmids names no PMID: give PubMed IDs separated by commas");
    }
    if (asked.size() > MAX_PMIDS) {
      throw new IllegalArgumentException(
          "pmids: at most " + MAX_PMIDS + " PMIDs a request, got " + asked.size());
    }
    List<AnnotatedArticle> found = new ArrayList<>();
    // Unknown PMIDs are left out, as PubTator leaves them out.
    asked.forEach(pmid -> search.article(pmid).ifPresent(found::add));
    return found;
  }
}
