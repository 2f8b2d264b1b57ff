package org.litfacets.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.litfacets.article.AbstractSection;
import org.litfacets.article.AnnotatedArticle;
import org.litfacets.article.Article;
import org.litfacets.article.ChallengeLabel;
import org.litfacets.article.EntityMention;
import org.litfacets.article.EntityType;
import org.litfacets.article.Role;
import org.litfacets.article.Sentence;

class ArticleViewTest {
  // analysisText: "Aspirin & asthma Aspirin helps. It <works>."
  //                0         1         2         3         4
  //                0123456789012345678901234567890123456789012
  private static final Article ARTICLE =
      Article.ofText(
          "1",
          "Aspirin & asthma",
          List.of(
              new AbstractSection("RESULTS", "RESULTS", "Aspirin helps."),
              new AbstractSection(null, null, "It <works>.")));

  @Test
  void marksSentencesByRoleAndEntitiesByTypeWithEscapedText() {
    AnnotatedArticle annotated =
        new AnnotatedArticle(
            ARTICLE,
            List.of(
                new Sentence(0, 16, null, Set.of()),
                new Sentence(17, 31, Role.RESULTS, Set.of()),
                new Sentence(32, 43, Role.CONCLUSIONS, Set.of(ChallengeLabel.DIRECTION))),
            List.of(
                new EntityMention(0, 7, EntityType.CHEMICAL, "MESH:D001241", "Aspirin"),
                new EntityMention(10, 16, EntityType.DISEASE, "MESH:D001249", "Asthma"),
                new EntityMention(17, 24, EntityType.CHEMICAL, "MESH:D001241", "Aspirin")),
            List.of(),
            List.of());

    ArticleView view = ArticleView.of(annotated);

    assertThat(view.titleHtml())
        .isEqualTo(
            "<span class=\"sentence\">"
                + "<mark class=\"entity entity-chemical\" data-id=\"MESH:D001241\" title=\"Chemicals: Aspirin (MESH:D001241)\">Aspirin</mark>"
                + " &amp; <mark class=\"entity entity-disease\" data-id=\"MESH:D001249\" title=\"Diseases: Asthma (MESH:D001249)\">asthma</mark>"
                + "</span>");
    assertThat(view.parts()).hasSize(2);
    assertThat(view.parts().get(0).html())
        .isEqualTo(
            "<span class=\"sentence role-results\" title=\"RESULTS\">"
                + "<mark class=\"entity entity-chemical\" data-id=\"MESH:D001241\" title=\"Chemicals: Aspirin (MESH:D001241)\">Aspirin</mark>"
                + " helps.</span>");
    assertThat(view.parts().get(1).html())
        .isEqualTo(
            "<span class=\"sentence role-conclusions direction\" title=\"CONCLUSIONS, direction\">It &lt;works&gt;.</span>");
    assertThat(view.entityGroups())
        .extracting(ArticleView.EntityGroup::type)
        .containsExactly("chemical", "disease");
    assertThat(view.entityGroups().get(0).entities())
        .containsExactly(new ArticleView.Entity("MESH:D001241", "Aspirin", 2));
    assertThat(view.roles()).containsExactly("RESULTS", "CONCLUSIONS");
    assertThat(view.hasChallenges()).isTrue();
  }

  @Test
  void plainTextWhenNothingWasAnnotated() {
    ArticleView view =
        ArticleView.of(new AnnotatedArticle(ARTICLE, List.of(), List.of(), List.of(), List.of()));
    assertThat(view.parts().get(1).html()).isEqualTo("It &lt;works&gt;.");
  }
}
