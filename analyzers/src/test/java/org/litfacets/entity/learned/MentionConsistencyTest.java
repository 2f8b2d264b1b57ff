package org.litfacets.entity.learned;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.litfacets.article.EntityType;
import org.litfacets.entity.Mention;

class MentionConsistencyTest {

  private static List<Mention> apply(String text, Mention... mentions) {
    return MentionConsistency.apply(text, SubwordTokenizer.tokenize(text), List.of(mentions));
  }

  @Test
  void tagsTheShortFormOfATaggedLongFormAndItsLaterOccurrences() {
    String text = "Cisplatin induced acute renal failure (ARF). ARF resolved; no ARFs or xARF.";
    assertThat(
            apply(text, new Mention(18, 37, "acute renal failure", EntityType.DISEASE, null, null)))
        .containsExactly(
            new Mention(18, 37, "acute renal failure", EntityType.DISEASE, null, null),
            new Mention(39, 42, "ARF", EntityType.DISEASE, null, null),
            new Mention(45, 48, "ARF", EntityType.DISEASE, null, null));
  }

  @Test
  void repeatsATaggedNameOnlyWhereNothingElseWasTagged() {
    String text = "Lithium and lithium carbonate; lithium again.";
    assertThat(
            apply(
                text,
                new Mention(0, 7, "Lithium", EntityType.CHEMICAL, null, null),
                new Mention(12, 29, "lithium carbonate", EntityType.CHEMICAL, null, null),
                new Mention(31, 38, "lithium", EntityType.CHEMICAL, null, null)))
        .extracting(Mention::text)
        .containsExactly("Lithium", "lithium carbonate", "lithium");
    assertThat(apply(text, new Mention(31, 38, "lithium", EntityType.CHEMICAL, null, null)))
        .extracting(Mention::start)
        .containsExactly(12, 31);
  }
}
