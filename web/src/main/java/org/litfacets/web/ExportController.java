package org.litfacets.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import org.litfacets.article.AnnotatedArticle;
import org.litfacets.search.Filter;
import org.litfacets.search.QueryKind;
import org.litfacets.search.SearchService;

/**
 * {@code GET /api/export?q=<PubMed syntax>&filter=year:2020&format=pmid|ris|csv|pubtator}: every
 * article a search finds, streamed as a file to download. {@code kind} as in the search: the query
 * must read as Boolean.
 */
final class ExportController {
  private final SearchService search;

  ExportController(SearchService search) {
    this.search = search;
  }

  void export(Context ctx) throws IOException {
    ExportFormat format = ExportFormat.parse(ctx.queryParam("format"));
    String q = ctx.queryParam("q") == null ? "" : ctx.queryParam("q").strip();
    if (!q.isEmpty() && QueryKind.parse(ctx.queryParam("kind"), q) == QueryKind.TEXT) {
      // The search page reads such text as Best Match, every word optional; read here as a
      // Boolean query instead, it exported another set than the search showed (often none).
      throw new IllegalArgumentException(
          "'"
              + q
              + "' reads as free text, which ranks articles rather than choosing a set to export;"
              + " export it as a Boolean query (kind=boolean: every word required) or write it in"
              + " the query language (AND, OR, quotes, field tags)");
    }
    List<Filter> filters = ctx.queryParams("filter").stream().map(Filter::parse).toList();
    // Reads the first page, so that a query that cannot run is an error answer rather than a broken
    // file.
    Iterator<AnnotatedArticle> articles =
        search.export(q.isEmpty() ? null : search.read(q), filters);
    ctx.contentType(format.contentType());
    ctx.header("Content-Disposition", "attachment; filename=" + format.fileName());
    if (ctx.method() == HandlerType.HEAD) {
      // the status and headers of the export, without reading every article for a body nobody gets
      return;
    }
    Writer out =
        new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8));
    format.header(out);
    while (articles.hasNext()) {
      format.write(articles.next(), out);
    }
    out.flush();
  }
}
