package org.litfacets.mesh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.litfacets.testing.SharedData;

/** The full MeSH 2024 tables from ../shared/data/mesh. */
class MeshVocabularyIT {
  private static MeshVocabulary mesh;

  @BeforeAll
  static void load() {
    Path dir = SharedData.dir("mesh");
    assumeTrue(Files.isDirectory(dir), dir + " absent, skipping");
    Runtime rt = Runtime.getRuntime();
    System.gc();
    long before = rt.totalMemory() - rt.freeMemory();
    var threads = java.lang.management.ManagementFactory.getThreadMXBean();
    long cpuStart = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    mesh = MeshVocabulary.load(dir);
    long millis = (System.nanoTime() - start) / 1_000_000;
    long cpuMillis = (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
    System.gc();
    long heap = rt.totalMemory() - rt.freeMemory() - before;
    // Measured, not asserted: timing belongs in benchmarks; the figure goes to the README. CPU time
    // is printed too
    // because wall time on a shared build machine says more about the neighbours than about the
    // loader.
    System.out.printf(
        "MeSH 2024 load: %d descriptors in %d ms wall, %d ms CPU on the loading thread, %d MB retained"
            + " heap%n",
        mesh.size(), millis, cpuMillis, heap / (1024 * 1024));
  }

  @Test
  // SOURCE.md says 30,765, but that counts the header line; the table holds 30,764 descriptor UIs.
  void holdsEveryDescriptorWithTreesAndActions() {
    assertThat(mesh.size()).isEqualTo(30_764);
    assertThat(mesh.descriptors().stream().mapToInt(d -> d.treeNumbers().size()).sum())
        .isEqualTo(64_342);
    Descriptor calcimycin = mesh.byUi("D000001").orElseThrow();
    assertThat(calcimycin.name()).isEqualTo("Calcimycin");
    assertThat(calcimycin.entryTerms())
        .startsWith("Calcimycin")
        .contains("A-23187")
        .doesNotContain("A 23187");
    assertThat(calcimycin.pharmacologicalActionUis()).contains("D000900");
  }

  @Test
  void findsHeadingsByEntryTermVariants() {
    assertThat(mesh.byTerm("stretch reflexes"))
        .extracting(Descriptor::name)
        .containsExactly("Reflex, Stretch");
    assertThat(mesh.byTerm("type 2 diabetes"))
        .extracting(Descriptor::name)
        .containsExactly("Diabetes Mellitus, Type 2");
    assertThat(mesh.byTerm("antibacterial agents"))
        .extracting(Descriptor::ui)
        .containsExactly("D000900");
    assertThat(mesh.byTerm("optical coherence tomography"))
        .extracting(Descriptor::ui)
        .containsExactly("D041623");
  }

  @Test
  void explodesThroughTheTrees() {
    List<String> below = mesh.descendants("D003920").stream().map(Descriptor::name).toList();
    assertThat(below)
        .contains("Diabetes Mellitus, Type 2", "Diabetic Retinopathy", "Diabetic Nephropathies");
    assertThat(mesh.children("D003920"))
        .extracting(Descriptor::name)
        .contains("Diabetes Mellitus, Type 1")
        .doesNotContain("Diabetic Retinopathy");
    assertThat(mesh.parents("D003924")).extracting(Descriptor::name).contains("Diabetes Mellitus");
    assertThat(mesh.byTreeNumber("C19.246")).map(Descriptor::name).contains("Diabetes Mellitus");
  }

  @Test
  void autocompletesPreferredHeadingsFirst() {
    assertThat(mesh.autocomplete("diabetes mell", 5, ui -> 0))
        .extracting(Descriptor::name)
        .first()
        .isEqualTo("Diabetes Mellitus");
  }
}
