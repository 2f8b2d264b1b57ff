package org.litfacets.pubtator3;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class BiocJsonTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Compares field order too: the expected text is parsed (keeping its order) and both are written
   * compactly.
   */
  private static void assertJson(Object actual, String expected) throws Exception {
    assertThat(actual.toString()).isEqualTo(JSON.readTree(expected).toString());
  }

  @Test
  void writesPassagesWithDocumentOffsetsRelationsAndPubtatorsExtraFields() throws Exception {
    assertJson(
        BiocJson.write(List.of(Fixtures.article())),
        """
        {"PubTator3": [{
          "_id": "12345|None", "id": "12345", "infons": {},
          "passages": [
            {"infons": {"type": "title", "journal": "Breast Cancer Res", "year": "2021", "authors": "Doe J, Roe R"},
             "offset": 0, "text": "Tamoxifen for breast cancer.", "sentences": [],
             "annotations": [
               {"id": "1", "infons": {"identifier": "MESH:D013629", "type": "Chemical", "database": "ncbi_mesh",
                  "biotype": "chemical", "name": "Tamoxifen", "accession": "@CHEMICAL_Tamoxifen", "valid": true},
                "text": "Tamoxifen", "locations": [{"offset": 0, "length": 9}]},
               {"id": "2", "infons": {"identifier": "MESH:D001943", "type": "Disease", "database": "ncbi_mesh",
                  "biotype": "disease", "name": "Breast Neoplasms", "accession": "@DISEASE_Breast_Neoplasms",
                  "valid": true},
                "text": "breast cancer", "locations": [{"offset": 14, "length": 13}]}],
             "relations": []},
            {"infons": {"type": "abstract"}, "offset": 29,
             "text": "ESR1 rs2234693 predicted the response of MCF-7 cells in women.", "sentences": [],
             "annotations": [
               {"id": "3", "infons": {"identifier": "2099", "type": "Gene", "database": "ncbi_gene", "biotype": "gene",
                  "name": "ESR1", "accession": "@GENE_ESR1", "valid": true},
                "text": "ESR1", "locations": [{"offset": 29, "length": 4}]},
               {"id": "4", "infons": {"identifier": "RS#:2234693", "type": "Variant", "database": "litvar",
                  "biotype": "variant", "name": "rs2234693", "accession": "@VARIANT_rs2234693", "valid": true},
                "text": "rs2234693", "locations": [{"offset": 34, "length": 9}]},
               {"id": "5", "infons": {"identifier": "CVCL_0031", "type": "CellLine", "database": "cellosaurus",
                  "biotype": "cellline", "name": "MCF-7", "accession": "@CELLLINE_MCF-7", "valid": true},
                "text": "MCF-7", "locations": [{"offset": 70, "length": 5}]},
               {"id": "6", "infons": {"identifier": "9606", "type": "Species", "database": "ncbi_taxonomy",
                  "biotype": "species", "name": "human", "accession": "@SPECIES_human", "valid": true},
                "text": "women", "locations": [{"offset": 85, "length": 5}]}],
             "relations": []}],
          "relations": [
            {"id": "R1", "infons": {"score": "0.9100",
               "role1": {"identifier": "MESH:D001943", "type": "Disease", "database": "ncbi_mesh", "biotype": "disease",
                 "name": "Breast Neoplasms", "accession": "@DISEASE_Breast_Neoplasms"},
               "role2": {"identifier": "MESH:D013629", "type": "Chemical", "database": "ncbi_mesh",
                 "biotype": "chemical", "name": "Tamoxifen", "accession": "@CHEMICAL_Tamoxifen"},
               "type": "Negative_Correlation"},
             "nodes": []}],
          "pmid": 12345, "pmcid": null, "meta": {}, "date": "2021-01-01T00:00:00Z", "journal": "Breast Cancer Res",
          "authors": ["Doe J", "Roe R"],
          "relations_display": [{"name": "treat|@DISEASE_Breast_Neoplasms|@CHEMICAL_Tamoxifen"}]}]}
        """);
  }

  @Test
  void noArticlesMakeAnEmptyCollection() throws Exception {
    assertJson(BiocJson.write(List.of()), "{\"PubTator3\": []}");
  }
}
