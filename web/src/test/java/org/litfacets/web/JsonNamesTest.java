package org.litfacets.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.litfacets.mesh.suggest.SuggestionMethod;
import org.litfacets.search.Filter;
import org.litfacets.search.QueryKind;
import org.litfacets.search.SearchMode;
import org.litfacets.search.SearchRequest;
import org.litfacets.search.SortOrder;

/** The API writes back the values its parameters take, as api/openapi.json describes them. */
class JsonNamesTest {
  @Test
  void aSearchRequestIsEchoedInTheParametersOwnWords() throws Exception {
    SearchRequest request =
        new SearchRequest(
            "asthma wheeze",
            List.of(Filter.parse("type:Review"), Filter.parse("cell_line:CVCL_0030")),
            2,
            20,
            SortOrder.NEWEST,
            SearchMode.LEXICAL,
            QueryKind.TEXT);
    JsonNode json = WebApp.jsonMapper().valueToTree(request);
    assertThat(json.get("sort").asText()).isEqualTo("newest");
    assertThat(json.get("mode").asText()).isEqualTo("lexical");
    assertThat(json.get("kind").asText()).isEqualTo("text");
    assertThat(json.at("/filters/0/field").asText()).isEqualTo("type");
    assertThat(json.at("/filters/1/field").asText()).isEqualTo("cell_line");
    // the mode that ran, at the top of a search's answer, is the same type
    assertThat(WebApp.jsonMapper().writeValueAsString(SearchMode.HYBRID)).isEqualTo("\"hybrid\"");
    // a MeSH suggestion's evidence names its method as the request's methods do
    assertThat(WebApp.jsonMapper().writeValueAsString(SuggestionMethod.FEEDBACK))
        .isEqualTo("\"feedback\"");
  }
}
