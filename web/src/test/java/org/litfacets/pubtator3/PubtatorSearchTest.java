package org.litfacets.pubtator3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.litfacets.article.EntityMention;
import org.litfacets.article.EntityType;
import org.litfacets.search.PairResult;
import org.litfacets.search.PairSearchRequest;

class PubtatorSearchTest {

  @Test
  void relationSearchesTakePubtatorsNamesBioredsTypesOrAny() {
    PairSearchRequest treat =
        PubtatorSearch.pairRequest(
            "relations:treat|@CHEMICAL_Tamoxifen|@DISEASE_Breast_Neoplasms", 3);
    assertThat(treat.relation()).isEqualTo("Negative_Correlation");
    assertThat(treat.first().type()).isEqualTo(EntityType.CHEMICAL);
    assertThat(treat.first().name()).isEqualTo("Tamoxifen");
    assertThat(treat.second().name()).isEqualTo("Breast Neoplasms");
    assertThat(treat.page()).isEqualTo(3);
    assertThat(treat.size()).isEqualTo(PubtatorSearch.PAGE_SIZE);
    assertThat(
            PubtatorSearch.pairRequest(
                    "relations:Cause|@DISEASE_Cardiotoxicity|@CHEMICAL_Doxorubicin", 1)
                .relation())
        .isEqualTo("Positive_Correlation");
    assertThat(
            PubtatorSearch.pairRequest("relations:ANY|@GENE_ESR1|@CHEMICAL_Tamoxifen", 1)
                .relation())
        .isEqualTo("ANY");
    assertThat(
            PubtatorSearch.pairRequest("relations:bind|@GENE_ESR1|@CHEMICAL_Tamoxifen", 1)
                .relation())
        .isEqualTo("Bind");
  }

  @Test
  void aNameThatDoesNotRelateTheTwoTypesIsRefused() {
    assertThatThrownBy(() -> PubtatorSearch.pairRequest("relations:treat|@GENE_ESR1|@GENE_TP53", 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("text: PubTator's relation type 'treat' does not relate a gene and a gene");
    assertThatThrownBy(
            () -> PubtatorSearch.pairRequest("relations:befriend|@GENE_ESR1|@GENE_TP53", 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("text must be ANY or one of");
  }

  @Test
  void pairEvidenceMarksBothMentions() {
    PairResult.Evidence sentence =
        new PairResult.Evidence(
            2,
            "abstract",
            "RESULTS",
            "Tamoxifen shrank breast cancer.",
            List.of(
                new EntityMention(17, 30, EntityType.DISEASE, "MESH:D001943", "Breast Neoplasms"),
                new EntityMention(0, 9, EntityType.CHEMICAL, "MESH:D013629", "Tamoxifen")));
    assertThat(PubtatorSearch.marked(sentence))
        .isEqualTo("<m>Tamoxifen</m> shrank <m>breast cancer</m>.");
  }

  @Test
  void snippetsBecomePlainTextWithPubtatorsMarks() {
    assertThat(
            PubtatorSearch.fromHtml(
                "<mark>Tamoxifen</mark> &amp; ESR1 &lt;5% &quot;low&quot; isn&#39;t"))
        .isEqualTo("<m>Tamoxifen</m> & ESR1 <5% \"low\" isn't");
  }
}
