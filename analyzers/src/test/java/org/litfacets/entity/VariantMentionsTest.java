package org.litfacets.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.litfacets.article.EntityType;
import org.litfacets.entity.EntityDictionary.Source;

class VariantMentionsTest {

  private static EntityDictionary cellLines() {
    EntityDictionary.Builder b = EntityDictionary.builder();
    b.add("T98G", EntityType.CELL_LINE, "CVCL_0556", "T98G", Source.PREFERRED);
    return b.build();
  }

  /** A learned tagger that reads the given spans of any text as variants, without an id. */
  private static MentionTagger learnedVariants(int[]... spans) {
    return text -> {
      List<Mention> found = new java.util.ArrayList<>();
      for (int[] s : spans) {
        found.add(
            new Mention(s[0], s[1], text.substring(s[0], s[1]), EntityType.VARIANT, null, null));
      }
      return found;
    };
  }

  @Test
  void learnedVariantsLoseTheirParenthesesAndYieldToCoveringPatterns() {
    String text = "Both (Ala569Val) and IVS8 -2A>G occurred in T98G cells.";
    // the learned tagger reads "(Ala569Val)" with its parentheses, "-2A>G" without its intron and
    // the cell line T98G as a change from threonine to glycine
    EntityRecognizer hybrid =
        new EntityRecognizer(
            cellLines(),
            learnedVariants(new int[] {5, 16}, new int[] {26, 31}, new int[] {44, 48}));
    assertThat(hybrid.tag(text))
        .extracting(Mention::text, Mention::start, Mention::end, Mention::type, Mention::id)
        .containsExactly(
            tuple("Ala569Val", 6, 15, EntityType.VARIANT, "p|SUB|A|569|V"),
            tuple("IVS8 -2A>G", 21, 31, EntityType.VARIANT, "c|SUB|A|IVS8-2|G"),
            tuple("T98G", 44, 48, EntityType.CELL_LINE, "CVCL_0556"));
  }

  @Test
  void anRsIdBesideAChangeNamesEveryMentionOfThatChange() {
    String text =
        "The variant c.471 C>T (p.Ser157Ser, rs35435463) was common. "
            + "Arg399Gln (rs25487) and c.471 C>T were typed; p.Arg72Pro was not.";
    assertThat(new EntityRecognizer(cellLines()).tag(text))
        .extracting(Mention::text, Mention::start, Mention::id)
        .containsExactly(
            tuple("c.471 C>T", 12, "RS#:35435463"),
            tuple("p.Ser157Ser", 23, "RS#:35435463"),
            tuple("rs35435463", 36, "RS#:35435463"),
            tuple("Arg399Gln", 60, "RS#:25487"),
            tuple("rs25487", 71, "RS#:25487"),
            tuple("c.471 C>T", 84, "RS#:35435463"),
            tuple("p.Arg72Pro", 106, "p|SUB|R|72|P"));
  }

  @Test
  void aChangeTheTrainingCorporaNameByAnRsIdInAnotherFormTakesIt() {
    EntityDictionary.Builder b = EntityDictionary.builder();
    b.add("p.Arg127His", EntityType.VARIANT, "RS#:111033196", null, Source.TRAINING);
    String text = "Carriers of c.380G>A (p.R127H) and of R128H.";
    assertThat(new EntityRecognizer(b.build()).tag(text))
        .extracting(Mention::text, Mention::start, Mention::id)
        .containsExactly(
            tuple("c.380G>A", 12, "RS#:111033196"),
            tuple("p.R127H", 22, "RS#:111033196"),
            tuple("R128H", 38, "p|SUB|R|128|H"));
  }

  @Test
  void changesListedWithoutParenthesesKeepTheirOwnIds() {
    // a list of polymorphisms: the rsID after the comma names only itself
    String text = "We typed A1298C, rs2274976 and V600E.";
    assertThat(VariantMentions.withRsIds(text, VariantPatterns.find(text)))
        .extracting(Mention::text, Mention::id)
        .containsExactlyInAnyOrder(
            tuple("A1298C", "c|SUB|A|1298|C"),
            tuple("rs2274976", "RS#:2274976"),
            tuple("V600E", "p|SUB|V|600|E"));
  }

  @Test
  void aChangeWithoutItsPositionTakesTheRsIdOfItsChangeWithOne() {
    EntityDictionary.Builder b = EntityDictionary.builder();
    b.add("Ala467Thr", EntityType.VARIANT, "RS#:113994095", null, Source.TRAINING);
    String text =
        "The genotype E873stop/A467T. The A467T mutation produces a threonine to alanine"
            + " substitution, and glutamate by glycine another.";
    assertThat(new EntityRecognizer(b.build()).tag(text))
        .extracting(Mention::text, Mention::start, Mention::id)
        .containsExactly(
            tuple("E873stop", 13, "p|SUB|E|873|X"),
            tuple("A467T", 22, "RS#:113994095"),
            tuple("A467T", 33, "RS#:113994095"),
            tuple("threonine to alanine", 59, "RS#:113994095"),
            tuple("glutamate by glycine", 98, "p|SUB|E||G"));
  }

  @Test
  void aHeterozygousGenotypeInAGenotypeListIsNoVariant() {
    EntityDictionary.Builder b = EntityDictionary.builder();
    b.add("G/A", EntityType.VARIANT, "c|SUB|G||A", null, Source.TRAINING);
    b.add("Ile/Val", EntityType.VARIANT, "RS#:1695", null, Source.TRAINING);
    String text =
        "Survival was 53% for G/G, 66% for G/A and 57% for A/A patients. "
            + "A G/A substitution, and Ile/Val carriers.";
    // the training split's rsID of "Ile/Val" named another abstract's variant
    assertThat(new EntityRecognizer(b.build()).tag(text))
        .extracting(Mention::text, Mention::start, Mention::id)
        .containsExactly(tuple("G/A", 66, "c|SUB|G||A"), tuple("Ile/Val", 88, "p|SUB|I||V"));
  }
}
