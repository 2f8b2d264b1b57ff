package org.litfacets.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.litfacets.article.EntityMention;
import org.litfacets.article.EntityType;
import org.litfacets.search.NamedEntity;
import org.litfacets.search.PairResult;
import org.litfacets.search.SearchResult;

class PairViewTest {
  private static final EntityMention DOX =
      new EntityMention(40, 51, EntityType.CHEMICAL, "MESH:D004317", "Doxorubicin");
  private static final EntityMention CARDIO =
      new EntityMention(22, 36, EntityType.DISEASE, "MESH:D066126", "Cardiotoxicity");

  @Test
  void marksBothEntitiesInTheirTypeColourAndEscapesTheRest() {
    // Mentions in any order; offsets in the sentence.
    assertThat(
            PairView.html(
                "Dexrazoxane prevented cardiotoxicity of doxorubicin <1 mg>.",
                List.of(DOX, CARDIO)))
        .isEqualTo(
            "Dexrazoxane prevented "
                + "<mark class=\"entity entity-disease\" data-id=\"MESH:D066126\" title=\"Diseases: Cardiotoxicity (MESH:D066126)\">"
                + "cardiotoxicity</mark> of "
                + "<mark class=\"entity entity-chemical\" data-id=\"MESH:D004317\" title=\"Chemicals: Doxorubicin (MESH:D004317)\">"
                + "doxorubicin</mark> &lt;1 mg&gt;.");
  }

  @Test
  void skipsAMentionThatOverlapsAnother() {
    EntityMention inside = new EntityMention(22, 30, EntityType.CHEMICAL, "X", null);
    assertThat(PairView.html("Dexrazoxane prevented cardiotoxicity.", List.of(CARDIO, inside)))
        .containsOnlyOnce("<mark")
        .contains(">cardiotoxicity</mark>.");
  }

  @Test
  void putsTheRelationFacetFirstAndBadgesEachSentenceByWhereItStands() {
    String sentence = "Dexrazoxane prevented cardiotoxicity of doxorubicin.";
    PairResult.Hit hit =
        new PairResult.Hit(
            "1",
            "Late effects",
            "Cardio-Oncology",
            2021,
            5,
            List.of(
                new PairResult.Evidence(0, "title", null, sentence, List.of(CARDIO, DOX)),
                new PairResult.Evidence(2, "abstract", "RESULTS", sentence, List.of(CARDIO, DOX)),
                new PairResult.Evidence(3, "abstract", null, sentence, List.of())),
            List.of("Negative_Correlation"));
    SearchResult.Facet year = new SearchResult.Facet("year", "Year", List.of());
    SearchResult.Facet relation =
        new SearchResult.Facet(
            "relation",
            "Relation",
            List.of(
                new SearchResult.FacetValue(
                    "Negative_Correlation", "Negative Correlation", 1, false)));
    PairView view =
        PairView.of(
            new PairResult(
                new NamedEntity(EntityType.CHEMICAL, "MESH:D004317", "Doxorubicin"),
                new NamedEntity(EntityType.DISEASE, "MESH:D066126", "Cardiotoxicity"),
                null,
                1,
                10,
                21,
                List.of(hit),
                List.of(year, relation),
                3,
                false));

    assertThat(view.facets())
        .extracting(SearchResult.Facet::field)
        .containsExactly("relation", "year");
    assertThat(view.narrowed()).isFalse();
    assertThat(view.pages()).isEqualTo(3);
    PairView.Hit shown = view.hits().get(0);
    assertThat(shown.evidence())
        .extracting(PairView.Evidence::badge)
        .containsExactly("TITLE", "RESULTS", null);
    assertThat(shown.evidence())
        .extracting(PairView.Evidence::badgeClass)
        .containsExactly("section-title", "role-results", null);
    assertThat(shown.more()).as("five shared sentences, three shown").isEqualTo(2);
  }
}
