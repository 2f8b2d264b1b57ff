package org.litfacets.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FilterTest {

  @Test
  void showsTheNameOfAnEntityWhoseIdentifierHoldsBars() {
    assertThat(Filter.parse("gene:DDR2|NCBIGene:4921|NCBIGene:780").displayValue())
        .isEqualTo("DDR2");
    assertThat(Filter.parse("variant:V600E|p|SUB|V|600|E").displayValue()).isEqualTo("V600E");
    assertThat(Filter.parse("chemical:MESH:D001241").displayValue()).isEqualTo("MESH:D001241");
    assertThat(Filter.parse("journal:Lancet|Oncology").displayValue()).isEqualTo("Lancet|Oncology");
  }

  @Test
  void matchesAnEntityByIdentifierOrByFacetValueAndQuotesTheValue() {
    assertThat(Filter.parse("variant:p|SUB|V|600|E").clause())
        .isEqualTo("(entity_variant:\"p|SUB|V|600|E\" OR entity_variant_label:\"p|SUB|V|600|E\")");
    assertThat(Filter.parse("journal:The \"Lancet\"").clause())
        .isEqualTo("journal:\"The \\\"Lancet\\\"\"");
  }

  @Test
  void anEntityFilteredByIdentifierSelectsItsFacetValue() {
    Filter byId = Filter.parse("chemical:MESH:D004317");
    assertThat(byId.selects("Doxorubicin|MESH:D004317")).isTrue();
    assertThat(byId.selects("MESH:D004317")).isTrue();
    assertThat(byId.selects("Dexrazoxane|MESH:D064730")).isFalse();
    assertThat(
            Filter.parse("chemical:Doxorubicin|MESH:D004317").selects("Doxorubicin|MESH:D004317"))
        .isTrue();
    // Identifiers hold bars: the name ends at the first one.
    assertThat(Filter.parse("variant:p|SUB|V|600|E").selects("V600E|p|SUB|V|600|E")).isTrue();
    // Only entities have "name|identifier" values.
    assertThat(Filter.parse("journal:Oncology").selects("Lancet|Oncology")).isFalse();
  }

  @Test
  void aYearRangeIsARangeQuerySelectsTheYearsInsideAndReadsWithADash() {
    Filter range = Filter.parse("year:2015-2019");
    assertThat(range.isYearRange()).isTrue();
    assertThat(range.clause()).isEqualTo("year:[2015 TO 2019]");
    assertThat(range.selects("2015")).isTrue();
    assertThat(range.selects("2019")).isTrue();
    assertThat(range.selects("2020")).isFalse();
    assertThat(range.displayValue()).isEqualTo("2015–2019");
    assertThat(Filter.years(2018, 2018).asParam()).isEqualTo("year:2018");
    assertThat(Filter.years(2015, 2019)).isEqualTo(range);
    assertThat(Filter.parse("year:2018").clause()).isEqualTo("year:\"2018\"");
    assertThatThrownBy(() -> Filter.parse("year:2019-2015"))
        .hasMessageContaining("ends before it starts");
    assertThatThrownBy(() -> Filter.parse("year:2019-"))
        .hasMessageContaining("four-digit year or a range");
  }
}
