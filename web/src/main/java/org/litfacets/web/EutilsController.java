package org.litfacets.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import org.litfacets.query.PubMedPrinter;
import org.litfacets.query.Query;
import org.litfacets.search.SearchService;

/**
 * NCBI's E-utilities over the local index, so that scripts written for PubMed (Biopython's Entrez,
 * rentrez, curl) run unchanged: {@code /eutils/esearch.fcgi} and {@code /eutils/efetch.fcgi}, by
 * GET or by POST (as clients send long requests), for {@code db=pubmed}. Parameters this server has
 * no use for ({@code tool}, {@code email}, {@code api_key}, {@code usehistory}) are ignored.
 */
final class EutilsController {
  private static final int MAX_RETMAX = 100_000;
  private static final int MAX_IDS = 10_000;
  private static final String XML = "text/xml; charset=UTF-8";
  private final SearchService search;

  EutilsController(SearchService search) {
    this.search = search;
  }

  /**
   * {@code term} read and searched as the search box does; {@code retstart} and {@code retmax} page
   * through all of the results (no 10,000 limit); {@code sort=relevance}, else most recent first;
   * {@code rettype=count} gives the count alone; {@code retmode=json} or xml.
   */
  void esearch(Context ctx) throws IOException, XMLStreamException {
    database(ctx);
    String term = param(ctx, "term");
    if (term == null || term.isBlank()) {
      throw new IllegalArgumentException("term is required: the search, in PubMed syntax");
    }
    int retstart = integer(ctx, "retstart", 0, Integer.MAX_VALUE);
    int retmax = integer(ctx, "retmax", 20, MAX_RETMAX);
    String rettype = lower(param(ctx, "rettype"), "uilist");
    if (!rettype.equals("uilist") && !rettype.equals("count")) {
      throw new IllegalArgumentException("rettype must be uilist or count, got '" + rettype + "'");
    }
    String sort = lower(param(ctx, "sort"), "most recent");
    if (!List.of("relevance", "most recent", "most+recent", "pub_date", "pub date", "pub+date")
        .contains(sort)) {
      throw new IllegalArgumentException(
          "sort must be relevance or pub_date (most recent first), got '" + sort + "'");
    }
    boolean json = json(ctx);
    Query tree = search.read(term);
    boolean countOnly = rettype.equals("count");
    SearchService.PmidPage page =
        search.pmids(tree, retstart, countOnly ? 0 : retmax, sort.equals("relevance"));
    String translation = PubMedPrinter.print(tree);
    if (json) {
      Map<String, Object> result = new LinkedHashMap<>();
      result.put("count", Long.toString(page.total()));
      if (!countOnly) {
        result.put("retmax", Integer.toString(page.pmids().size()));
        result.put("retstart", Integer.toString(retstart));
        result.put("idlist", page.pmids());
        result.put("translationset", List.of());
        result.put("querytranslation", translation);
      }
      ctx.json(
          Map.of("header", Map.of("type", "esearch", "version", "0.3"), "esearchresult", result));
    } else {
      ctx.contentType(XML);
      EutilsXml.esearch(
          ctx.outputStream(), page.total(), retstart, countOnly ? null : page.pmids(), translation);
    }
  }

  /**
   * {@code id=1,2,3}: the stored records as PubMed XML ({@code PubmedArticleSet}); unknown PMIDs
   * are left out.
   */
  void efetch(Context ctx) throws IOException, XMLStreamException {
    database(ctx);
    String retmode = lower(param(ctx, "retmode"), "xml");
    String rettype = lower(param(ctx, "rettype"), "xml");
    if (!retmode.equals("xml") || !List.of("xml", "abstract", "full").contains(rettype)) {
      throw new IllegalArgumentException(
          "only retmode=xml is served here (rettype xml, abstract or full), got retmode="
              + retmode
              + " rettype="
              + rettype);
    }
    String id = param(ctx, "id");
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("id is required: PMIDs separated by commas");
    }
    List<String> ids = new ArrayList<>();
    for (String part : id.split(",")) {
      if (!part.isBlank()) {
        ids.add(part.strip());
      }
    }
    if (ids.size() > MAX_IDS) {
      throw new IllegalArgumentException(
          "at most " + MAX_IDS + " ids can be fetched at once, got " + ids.size());
    }
    var articles = search.articles(ids);
    ctx.contentType(XML);
    EutilsXml.articles(ctx.outputStream(), articles);
  }

  private static void database(Context ctx) {
    String db = lower(param(ctx, "db"), "");
    if (!db.equals("pubmed")) {
      throw new IllegalArgumentException(
          "db must be pubmed, the one database this server holds; got '" + db + "'");
    }
  }

  private static boolean json(Context ctx) {
    String retmode = lower(param(ctx, "retmode"), "xml");
    if (!retmode.equals("xml") && !retmode.equals("json")) {
      throw new IllegalArgumentException("retmode must be xml or json, got '" + retmode + "'");
    }
    return retmode.equals("json");
  }

  /** A parameter from the URL, or from the form body of a POST. */
  private static String param(Context ctx, String name) {
    String value = ctx.queryParam(name);
    return value == null && ctx.method() == HandlerType.POST ? ctx.formParam(name) : value;
  }

  private static String lower(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value.strip().toLowerCase(Locale.ROOT);
  }

  private static int integer(Context ctx, String name, int fallback, int max) {
    String value = param(ctx, name);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(value.strip());
      if (n < 0 || n > max) {
        throw new IllegalArgumentException(name + " must be between 0 and " + max + ", got " + n);
      }
      return n;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a whole number, got '" + value + "'");
    }
  }
}
