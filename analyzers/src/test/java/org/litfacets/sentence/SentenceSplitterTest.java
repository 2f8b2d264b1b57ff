package org.litfacets.sentence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

  private final SentenceSplitter splitter = new SentenceSplitter();

  private List<String> sentences(String text) {
    return splitter.split(text).stream().map(s -> s.of(text)).toList();
  }

  @Test
  void keepsBiomedicalAbbreviationsInsideSentences() {
    String text =
        "Drugs (e.g. aspirin) were compared vs. placebo as reported by Smith et al. in 2001. "
            + "Growth of E. coli was measured (Fig. 2). It rose approx. twofold.";
    assertThat(sentences(text))
        .containsExactly(
            "Drugs (e.g. aspirin) were compared vs. placebo as reported by Smith et al. in 2001.",
            "Growth of E. coli was measured (Fig. 2).",
            "It rose approx. twofold.");
  }

  @Test
  void splitsWhereTheModelMissesAndJoinsBrokenDecimals() {
    String text =
        "It was heated for 15 min. We found a stop codon (p.Y67X) in exon 4. The mice died before day 7. 5 of embryogenesis.";
    assertThat(sentences(text))
        .containsExactly(
            "It was heated for 15 min.",
            "We found a stop codon (p.Y67X) in exon 4.",
            "The mice died before day 7. 5 of embryogenesis.");
  }

  @Test
  void splitsOrdinarySentencesWithExactOffsets() {
    String text = "  Aspirin lowers fever. mRNA levels rose!  ";
    assertThat(splitter.split(text)).containsExactly(new Span(2, 23), new Span(24, 41));
  }

  @Test
  void titleEndsASentenceEvenWithoutAPeriod() {
    List<Span> spans =
        splitter.split("Lithium toxicity in newborns", "A newborn was seen. He recovered.");
    String text = "Lithium toxicity in newborns A newborn was seen. He recovered.";
    assertThat(spans)
        .extracting(s -> s.of(text))
        .containsExactly("Lithium toxicity in newborns", "A newborn was seen.", "He recovered.");
  }

  @Test
  void rejectsARangeOutsideTheText() {
    assertThatThrownBy(() -> splitter.split("abc", 1, 9))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
