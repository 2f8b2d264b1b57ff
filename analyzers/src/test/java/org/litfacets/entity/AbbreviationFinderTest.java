package org.litfacets.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.litfacets.sentence.Span;

class AbbreviationFinderTest {

  private final AbbreviationFinder finder = new AbbreviationFinder();

  @Test
  void findsLongAndShortForms() {
    String text =
        "Children with acute lymphoblastic leukemia (ALL) received 5-fluorouracil (5-FU; 10 mg).";
    List<Abbreviation> found = finder.find(text);
    assertThat(found)
        .containsExactly(
            new Abbreviation(new Span(14, 42), new Span(44, 47)),
            new Abbreviation(new Span(58, 72), new Span(74, 78)));
    assertThat(found.get(0).longForm().of(text)).isEqualTo("acute lymphoblastic leukemia");
    assertThat(found.get(1).shortForm().of(text)).isEqualTo("5-FU");
  }

  @Test
  void aLongParenthesisStillDefinesItsFirstPart() {
    String text =
        "The Schwartz-Jampel syndrome (SJS; chondrodystrophic myotonia; McK 255, 800) is rare.";
    assertThat(finder.find(text))
        .containsExactly(new Abbreviation(new Span(4, 28), new Span(30, 33)));
  }

  @Test
  void twoNamesJoinedByASlashAreNoShortForm() {
    String text =
        "The p62/sequestosome 1 (p62/SQSTM1) gene and cleft lip/palate (CL/P) were studied.";
    assertThat(finder.find(text))
        .containsExactly(new Abbreviation(new Span(45, 61), new Span(63, 67)));
  }

  @Test
  void emptyParenthesesDefineNothing() {
    // PMID 10369860 writes "der () syndrome": the empty short form crashed the entities step
    assertThat(finder.find("cat-eye syndrome, der () syndrome and ( ; x) were seen")).isEmpty();
  }

  @Test
  void ignoresParenthesesThatAreNoDefinitions() {
    assertThat(finder.find("The dose was raised (n = 12) and (see below) kept.")).isEmpty();
  }

  @Test
  void aShortFormOfOneCapitalLetterIsFoundButNotALowerCaseOne() {
    assertThat(finder.find("Serum testosterone (T) and the area (a) fell."))
        .extracting(a -> a.longForm().start(), a -> a.longForm().end(), a -> a.shortForm().start())
        .containsExactly(org.assertj.core.groups.Tuple.tuple(6, 18, 20));
  }
}
