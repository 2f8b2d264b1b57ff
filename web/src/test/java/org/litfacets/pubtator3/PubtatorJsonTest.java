package org.litfacets.pubtator3;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.litfacets.article.EntityType;
import org.litfacets.search.EntityService;
import org.litfacets.search.NamedEntity;

class PubtatorJsonTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static void assertJson(Object actual, String expected) throws Exception {
    assertThat(actual.toString()).isEqualTo(JSON.readTree(expected).toString());
  }

  @Test
  void autocompleteRowsNameTheEntityAndWhatMatched() throws Exception {
    assertJson(
        PubtatorJson.autocomplete(
            List.of(
                new EntityService.Match(
                    EntityType.CHEMICAL, "MESH:D004317", "Doxorubicin", "doxorubicin", 13),
                new EntityService.Match(
                    EntityType.DISEASE, "MESH:D001943", "Breast Neoplasms", "breast cancer", 4),
                new EntityService.Match(EntityType.GENE, "NCBIGene:2064", "ERBB2", "her2", 2),
                new EntityService.Match(EntityType.CELL_LINE, "CVCL_0031", "MCF-7", "mcf-7", 1))),
        """
        [{"_id": "@CHEMICAL_Doxorubicin", "biotype": "chemical", "db_id": "D004317", "db": "ncbi_mesh",
          "name": "Doxorubicin", "match": "Matched on name <m>Doxorubicin</m>"},
         {"_id": "@DISEASE_Breast_Neoplasms", "biotype": "disease", "db_id": "D001943", "db": "ncbi_mesh",
          "name": "Breast Neoplasms", "match": "Matched on synonyms <m>breast cancer</m>"},
         {"_id": "@GENE_ERBB2", "biotype": "gene", "db_id": "2064", "db": "ncbi_gene", "name": "ERBB2",
          "match": "Matched on synonyms <m>her2</m>"},
         {"_id": "@CELLLINE_MCF-7", "biotype": "cellline", "db_id": "CVCL_0031", "db": "cellosaurus", "name": "MCF-7",
          "match": "Matched on name <m>MCF-7</m>"}]
        """);
  }

  @Test
  void searchPagesListHitsCountsAndFacetsLeavingOutWhatIsUnknown() throws Exception {
    Map<String, Long> years = new LinkedHashMap<>();
    years.put("2021", 2L);
    years.put("2019", 1L);
    PubtatorSearch.Page page =
        new PubtatorSearch.Page(
            List.of(
                new PubtatorSearch.Hit(
                    "12345",
                    "Tamoxifen for breast cancer.",
                    "Breast Cancer Res",
                    2021,
                    List.of("Doe J"),
                    "<m>Tamoxifen</m> for breast cancer."),
                new PubtatorSearch.Hit("678", "Untitled", null, null, null, null)),
            21,
            2,
            Map.of("year", years));
    assertJson(
        PubtatorJson.search(page),
        """
        {"results": [
           {"_id": "12345", "pmid": 12345, "title": "Tamoxifen for breast cancer.", "journal": "Breast Cancer Res",
            "authors": ["Doe J"], "date": "2021-01-01T00:00:00Z", "text_hl": "<m>Tamoxifen</m> for breast cancer."},
           {"_id": "678", "pmid": 678, "title": "Untitled"}],
         "count": 21, "total_pages": 3, "current": 2, "page_size": 10,
         "facets": {"year": {"2021": 2, "2019": 1}}}
        """);
  }

  @Test
  void relationRowsReferToTheEntitiesByName() throws Exception {
    NamedEntity tamoxifen = new NamedEntity(EntityType.CHEMICAL, "MESH:D013629", "Tamoxifen");
    assertJson(
        PubtatorJson.relations(
            List.of(
                new PubtatorRelations.Row(
                    tamoxifen,
                    new NamedEntity(EntityType.DISEASE, "MESH:D001943", "Breast Neoplasms"),
                    "treat",
                    3),
                new PubtatorRelations.Row(
                    tamoxifen,
                    new NamedEntity(EntityType.GENE, "NCBIGene:2099", "ESR1"),
                    "interact",
                    1))),
        """
        [{"source": "@CHEMICAL_Tamoxifen", "target": "@DISEASE_Breast_Neoplasms", "type": "treat", "publications": 3},
         {"source": "@CHEMICAL_Tamoxifen", "target": "@GENE_ESR1", "type": "interact", "publications": 1}]
        """);
  }
}
