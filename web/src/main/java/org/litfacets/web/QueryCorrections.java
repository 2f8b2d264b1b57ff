package org.litfacets.web;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.litfacets.query.Query;
import org.litfacets.search.QueryError;

/**
 * The same page's search again with an unknown entity of its query ({@code @CHEMICAL_Doxorubicn})
 * replaced by each of the closest known ones, as links for the error page.
 */
final class QueryCorrections {
  /**
   * @param label the suggested entity as the query writes it
   */
  record Link(String label, String href) {}

  private QueryCorrections() {}

  static List<Link> of(Context ctx, QueryError error) {
    String q = ctx.queryParam("q");
    int start = error.column() - 1;
    if (q == null || error.line() != 1 || start >= q.length() || q.charAt(start) != '@') {
      return List.of();
    }
    // The entity runs as far as the syntax reads one: to a space or bracket, or to the next
    // entity of a relation search.
    int end = start + 1;
    while (end < q.length()
        && !Query.Entity.endsText(q.charAt(end))
        && !q.startsWith(Query.Entity.NEXT_ENTITY, end)) {
      end++;
    }
    List<Link> links = new ArrayList<>();
    for (String suggestion : error.suggestions()) {
      if (suggestion.startsWith("@")) {
        String corrected = q.substring(0, start) + suggestion + q.substring(end);
        links.add(new Link(suggestion, ctx.path() + "?" + params(ctx, corrected)));
      }
    }
    return links;
  }

  /** The page's parameters with the query corrected, from its first page. */
  private static String params(Context ctx, String query) {
    StringBuilder out = new StringBuilder("q=").append(encode(query));
    for (Map.Entry<String, List<String>> param : ctx.queryParamMap().entrySet()) {
      if (!param.getKey().equals("q") && !param.getKey().equals("page")) {
        param
            .getValue()
            .forEach(
                v -> out.append('&').append(encode(param.getKey())).append('=').append(encode(v)));
      }
    }
    return out.toString();
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
