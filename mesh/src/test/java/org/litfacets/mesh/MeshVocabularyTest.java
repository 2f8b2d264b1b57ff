package org.litfacets.mesh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeshVocabularyTest {
  private static MeshVocabulary xml;
  private static MeshVocabulary tables;

  static Path fixture(String name) {
    try {
      return Path.of(MeshVocabularyTest.class.getResource("/mesh-fixture/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @BeforeAll
  static void load() {
    xml = MeshVocabulary.load(fixture("desc-fixture.xml"));
    tables = MeshVocabulary.load(fixture("tables"));
  }

  private static List<String> uis(List<Descriptor> descriptors) {
    return descriptors.stream().map(Descriptor::ui).toList();
  }

  @Test
  void readsNlmDescriptorXml() {
    assertThat(xml.size()).isEqualTo(17);
    assertThat(xml.byUi("D005260").orElseThrow().treeNumbers()).isEmpty();
    Descriptor calcimycin = xml.byUi("D000001").orElseThrow();
    assertThat(calcimycin)
        .isEqualTo(
            new Descriptor(
                "D000001",
                "Calcimycin",
                List.of("Calcimycin", "A-23187", "A23187", "Antibiotic A23187"),
                List.of("D03.633.100.221.173"),
                List.of("D000900")));
    // Related descriptors and qualifiers also carry UIs and names; they must not leak into the
    // record.
    Descriptor complications = xml.byUi("D048909").orElseThrow();
    assertThat(complications.name()).isEqualTo("Diabetes Complications");
    assertThat(complications.pharmacologicalActionUis()).isEmpty();
    assertThat(xml.byUi("D003924").orElseThrow().entryTerms())
        .containsExactly(
            "Diabetes Mellitus, Type 2",
            "Type 2 Diabetes",
            "NIDDM",
            "Diabetes Mellitus, Noninsulin-Dependent");
    assertThat(uis(xml.byTerm("noninsulin dependent diabetes mellitus")))
        .containsExactly("D003924");
  }

  @Test
  void readsGzippedXml(@TempDir Path dir) throws IOException {
    Path gz = dir.resolve("desc2099.xml.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      Files.copy(fixture("desc-fixture.xml"), out);
    }
    MeshVocabulary fromGz = MeshVocabulary.load(gz);
    assertThat(fromGz.descriptors()).containsExactlyElementsOf(xml.descriptors());
  }

  @Test
  void readsTheTabSeparatedTables() {
    assertThat(tables.size()).isEqualTo(4);
    assertThat(tables.byUi("D000001").orElseThrow()).isEqualTo(xml.byUi("D000001").orElseThrow());
    assertThat(tables.byUi("D003920").orElseThrow().treeNumbers())
        .containsExactly("C18.452.394.750", "C19.246");
    assertThat(uis(tables.byTerm("A 23187"))).containsExactly("D000001");
  }

  @Test
  void looksUpEntryTermsIgnoringCaseHyphensPluralsAndInversion() {
    assertThat(uis(xml.byTerm("stretch reflexes"))).containsExactly("D012022");
    assertThat(uis(xml.byTerm("REFLEX, STRETCH"))).containsExactly("D012022");
    assertThat(uis(xml.byTerm("antibacterial agent"))).containsExactly("D000900");
    assertThat(uis(xml.byTerm("anti bacterial agents"))).containsExactly("D000900");
    assertThat(uis(xml.byTerm("A23187"))).containsExactly("D000001");
    assertThat(uis(xml.byTerm("diabetic retinopathies"))).containsExactly("D003930");
    assertThat(xml.byTerm("stretch")).isEmpty();
    assertThat(xml.byUi("D999999")).isEmpty();
  }

  @Test
  void linksSubstancesAndTheirPharmacologicalActions() {
    assertThat(uis(xml.pharmacologicalActions("D000001"))).containsExactly("D000900");
    assertThat(uis(xml.substancesWithAction("D000900"))).containsExactly("D000001");
    assertThat(xml.substancesWithAction("D000001")).isEmpty();
    assertThat(xml.pharmacologicalActions("D999999")).isEmpty();
  }

  @Test
  void walksTheTrees() {
    assertThat(uis(xml.children("D003920"))).containsExactly("D003924", "D048909");
    assertThat(uis(xml.descendants("D003920")))
        .containsExactly("D003924", "D048909", "D003925", "D003930");
    assertThat(uis(xml.descendants("D004700")))
        .containsExactly("D003920", "D048909", "D003924", "D003925", "D003930");
    assertThat(uis(xml.parents("D003930"))).containsExactly("D012164", "D003925");
    assertThat(xml.parents("D004700")).isEmpty();
    assertThat(xml.descendants("D003930")).isEmpty();
    assertThat(xml.treeNumbers("D003924")).containsExactly("C18.452.394.750.149", "C19.246.300");
    assertThat(xml.byTreeNumber("C19.246").map(Descriptor::ui)).contains("D003920");
    assertThat(xml.byTreeNumber("C99")).isEmpty();
  }

  @Test
  void autocompletesPreferredHeadingsThenByArticleCountThenShorter() {
    Map<String, Integer> counts = Map.of("D003924", 900, "D003920", 500, "D003930", 300);
    assertThat(uis(xml.autocomplete("diab", 10, ui -> counts.getOrDefault(ui, 0))))
        .containsExactly("D003924", "D003920", "D003930", "D003925", "D048909");
    assertThat(uis(xml.autocomplete("diab", 2, ui -> counts.getOrDefault(ui, 0))))
        .containsExactly("D003924", "D003920");
    // Diabetic Retinopathy is reached only through its entry term "Retinopathy, Diabetic", so it
    // comes second.
    assertThat(uis(xml.autocomplete("Retin", 5, null))).containsExactly("D012164", "D003930");
    assertThat(uis(xml.autocomplete("reflexe", 5, null))).containsExactly("D012018");
    assertThat(xml.autocomplete("  ", 5, null)).isEmpty();
  }

  @Test
  void rejectsBrokenFiles(@TempDir Path dir) throws IOException {
    Path broken =
        Files.writeString(dir.resolve("desc2099.xml"), "<DescriptorRecordSet><DescriptorRecord>");
    assertThatThrownBy(() -> MeshVocabulary.load(broken))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a readable MeSH descriptor XML file");
    Path tables = Files.createDirectory(dir.resolve("tables"));
    Files.writeString(tables.resolve("x_descriptor_terms.tsv"), "DescriptorUI\tName\nD1\tX\n");
    assertThatThrownBy(() -> MeshVocabulary.load(tables))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("has no column DescriptorName");
    Path empty = Files.createDirectory(dir.resolve("empty"));
    assertThatThrownBy(() -> MeshVocabulary.load(empty))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no *descriptor_terms.tsv");
  }

  @Test
  void rejectsBadInput() {
    assertThatThrownBy(() -> MeshVocabulary.load(Path.of("no/such/desc2024.xml")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("does not exist");
    assertThatThrownBy(() -> MeshVocabulary.load(fixture("tables/fixture_tree_numbers.tsv")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("neither");
    assertThatThrownBy(() -> xml.autocomplete("diab", 0, null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
