package org.litfacets.pubtator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class PubtatorReaderTest {

  @Test
  void readsDocumentsAnnotationsAndRelations() throws URISyntaxException {
    List<PubtatorDocument> docs =
        PubtatorReader.read(Path.of(getClass().getResource("/sample.pubtator").toURI()));

    assertThat(docs).hasSize(2);
    PubtatorDocument first = docs.get(0);
    assertThat(first.pmid()).isEqualTo("100");
    assertThat(first.text()).isEqualTo("Naloxone reverses clonidine. In rats, naloxone.");
    assertThat(first.annotations())
        .containsExactly(
            new PubtatorAnnotation(0, 8, "Naloxone", "Chemical", "D009270"),
            new PubtatorAnnotation(18, 27, "clonidine", "Chemical", "D003000"));
    assertThat(first.relations())
        .containsExactly(new PubtatorRelation("CID", List.of("D008750", "D007022")));
    for (PubtatorAnnotation a : first.annotations()) {
      assertThat(first.text().substring(a.start(), a.end())).isEqualTo(a.text());
    }
    PubtatorAnnotation composite = docs.get(1).annotations().get(0);
    assertThat(composite.ids()).containsExactly("D001943", "D010051");
    assertThat(composite.text()).isEqualTo(docs.get(1).text().substring(8, 33));
  }

  @Test
  void rejectsGarbage() {
    BufferedReader in = new BufferedReader(new StringReader("1|t|x\nnonsense line\n"));
    assertThatThrownBy(() -> PubtatorReader.parse(in, "inline").toList())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("inline:2");
  }
}
