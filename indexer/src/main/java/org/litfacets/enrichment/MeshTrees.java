package org.litfacets.enrichment;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.litfacets.article.EnrichedArticle;
import org.litfacets.article.MeshHeading;
import org.litfacets.indexing.Enricher;
import org.litfacets.indexing.Part;
import org.litfacets.mesh.Descriptor;
import org.litfacets.mesh.MeshVocabulary;

/**
 * Adds the tree numbers of an article's MeSH headings, so that a search on a heading can include
 * its descendants. Headings of old MEDLINE files, which carry names without UIs, are found by name.
 */
public final class MeshTrees implements Enricher {
  private final MeshVocabulary mesh;

  public MeshTrees(MeshVocabulary mesh) {
    this.mesh = mesh;
  }

  @Override
  public String name() {
    return "mesh-trees";
  }

  @Override
  public Set<Part> sets() {
    return Set.of(Part.MESH_TREES);
  }

  @Override
  public void enrich(List<EnrichedArticle> batch) {
    for (EnrichedArticle article : batch) {
      Set<String> trees = new LinkedHashSet<>();
      for (MeshHeading heading : article.article().meshHeadings()) {
        descriptor(heading).ifPresent(d -> trees.addAll(d.treeNumbers()));
      }
      article.setMeshTreeNumbers(List.copyOf(trees));
    }
  }

  private java.util.Optional<Descriptor> descriptor(MeshHeading heading) {
    if (heading.ui() != null) {
      return mesh.byUi(heading.ui());
    }
    List<Descriptor> byName = mesh.byTerm(heading.name());
    return byName.size() == 1 ? java.util.Optional.of(byName.get(0)) : java.util.Optional.empty();
  }
}
