package org.litfacets.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FileSelectionTest {

  private static final List<RemoteFile> FILES =
      IntStream.rangeClosed(1, 12)
          .mapToObj(n -> String.format("pubmed25n%04d.xml.gz", n))
          .map(name -> new RemoteFile(name, URI.create("http://h/" + name), null))
          .toList();

  private static List<Integer> numbers(FileSelection selection) {
    return selection.apply(FILES).stream()
        .map(f -> DirectoryListing.sequenceNumber(f.name()))
        .toList();
  }

  @Test
  void selectsByNumbersAndRanges() {
    assertThat(numbers(FileSelection.parse("1-3"))).containsExactly(1, 2, 3);
    assertThat(numbers(FileSelection.parse("2, 5-6,11"))).containsExactly(2, 5, 6, 11);
    assertThat(numbers(FileSelection.parse("12-40"))).containsExactly(12);
  }

  @Test
  void selectsByGlob() {
    assertThat(numbers(FileSelection.parse("pubmed25n001?.xml.gz"))).containsExactly(10, 11, 12);
  }

  @Test
  void limitKeepsTheLowestNumbers() {
    assertThat(numbers(FileSelection.all().limit(2))).containsExactly(1, 2);
    assertThat(numbers(FileSelection.parse("5-12").limit(3))).containsExactly(5, 6, 7);
    assertThat(numbers(FileSelection.parse(null))).hasSize(12);
  }

  @Test
  void rejectsMalformedRanges() {
    assertThatThrownBy(() -> FileSelection.parse("9-3"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'9-3'")
        .hasMessageContaining("below");
    assertThatThrownBy(() -> FileSelection.parse("1-2-3"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'1-2-3'");
    assertThatThrownBy(() -> FileSelection.all().limit(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 1");
  }
}
