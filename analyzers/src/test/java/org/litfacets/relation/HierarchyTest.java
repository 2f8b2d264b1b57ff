package org.litfacets.relation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.litfacets.mesh.MeshVocabulary;

class HierarchyTest {

  static Hierarchy fixture() throws URISyntaxException {
    return Hierarchy.of(
        MeshVocabulary.load(Path.of(HierarchyTest.class.getResource("/relation/mesh").toURI())));
  }

  @Test
  void aDescriptorIsNarrowerThanTheOnesAboveItInMeshsTree() throws URISyntaxException {
    Hierarchy mesh = fixture();

    // Hypotension, Orthostatic (C14.907.514.500) lies below Hypotension (C14.907.514)
    assertThat(mesh.isNarrower("MESH:D007024", "MESH:D007022")).isTrue();
    assertThat(mesh.isNarrower("MESH:D007022", "MESH:D007024")).isFalse();
    assertThat(mesh.isNarrower("MESH:D007022", "MESH:D007022")).isFalse();
    assertThat(mesh.isNarrower("MESH:D003000", "MESH:D007022")).isFalse();
    assertThat(mesh.isNarrower("MESH:D999999", "MESH:D007022")).isFalse();
  }
}
