package org.litfacets.entity.learned;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.litfacets.entity.learned.TermDictionary.Category;
import org.litfacets.sentence.Span;

class TermDictionaryTest {

  private final TermDictionary dictionary =
      new TermDictionary.Builder()
          .add("Non-Small-Cell Lung Carcinoma", Category.DISEASE)
          .add("Lung Neoplasms", Category.DISEASE)
          .add("lung", Category.ORGANISM)
          .add("ALL", Category.DISEASE)
          .add("Cisplatin", Category.CHEMICAL)
          .build();

  private String marks(String text, Category category) {
    List<Span> tokens = SubwordTokenizer.tokenize(text);
    char[] m = dictionary.match(text, tokens)[category.ordinal()];
    StringBuilder b = new StringBuilder();
    for (char c : m) {
      b.append(c == 0 ? 'O' : c);
    }
    return b.toString();
  }

  @Test
  void findsLongestTermsIgnoringCaseHyphensAndPlurals() {
    // Tokens: non small - cell lung carcinomas treated with cisplatin
    assertThat(marks("non small-cell lung carcinomas treated with cisplatin", Category.DISEASE))
        .isEqualTo("BIIIIIOOO");
    assertThat(marks("Non-small cell lung carcinoma treated with cisplatin", Category.DISEASE))
        .isEqualTo("BIIIIIOOO");
    assertThat(marks("small cell lung carcinoma", Category.DISEASE)).isEqualTo("OOOO");
  }

  @Test
  void marksEachCategoryOnItsOwn() {
    assertThat(marks("lung neoplasms and cisplatin", Category.DISEASE)).isEqualTo("BIOO");
    assertThat(marks("lung neoplasms and cisplatin", Category.CHEMICAL)).isEqualTo("OOOB");
    assertThat(marks("lung neoplasms and cisplatin", Category.ORGANISM)).isEqualTo("BOOO");
  }

  @Test
  void matchesShortCapitalTermsOnlyInTheSameCase() {
    assertThat(marks("ALL in all children", Category.DISEASE)).isEqualTo("BOOO");
  }

  @Test
  void emptyDictionaryMarksNothing() {
    String text = "cisplatin";
    assertThat(TermDictionary.EMPTY.match(text, SubwordTokenizer.tokenize(text))[0])
        .containsExactly((char) 0);
  }
}
