package org.litfacets.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.litfacets.mesh.MeshVocabulary;
import org.litfacets.query.MeshResolver.Failed;
import org.litfacets.query.MeshResolver.Resolved;
import org.litfacets.query.Query.Or;
import org.litfacets.query.Query.ResolvedHeading;

/**
 * On a fixture of seven real descriptors: Heart Diseases > Heart Failure > Diastolic, Systolic;
 * Asthma; ...
 */
class MeshResolverTest {
  private static MeshVocabulary mesh;

  @BeforeAll
  static void load() throws URISyntaxException {
    mesh = MeshVocabulary.load(Path.of(MeshResolverTest.class.getResource("/mesh").toURI()));
  }

  private static MeshResolver.Result resolve(String q) throws QuerySyntaxException {
    return new MeshResolver(mesh).resolve(QueryParser.parse(q));
  }

  @Test
  void resolvesHeadingsByNameEntryTermOrUiWithTheirDescendants() throws QuerySyntaxException {
    Or resolved =
        (Or) ((Resolved) resolve("exp Cardiac Failure/ or Asthma/dt or mesh_ui:D054143")).query();
    ResolvedHeading heartFailure = (ResolvedHeading) resolved.operands().get(0);
    assertThat(heartFailure.ui()).isEqualTo("D006333");
    assertThat(heartFailure.name()).isEqualTo("Heart Failure");
    assertThat(heartFailure.treeNumbers()).containsExactly("C14.280.434");
    assertThat(heartFailure.descendants()).isEqualTo(2);
    assertThat(heartFailure.heading().explode()).isTrue();
    ResolvedHeading asthma = (ResolvedHeading) resolved.operands().get(1);
    assertThat(asthma.heading().subheading()).isEqualTo("drug therapy");
    assertThat(asthma.descendants()).isZero();
    assertThat(((ResolvedHeading) resolved.operands().get(2)).name())
        .isEqualTo("Heart Failure, Diastolic");
    assertThat(PubMedPrinter.print(resolved))
        .isEqualTo(
            "\"Heart Failure\"[mh] OR \"Asthma/drug therapy\"[mh:noexp] "
                + "OR \"Heart Failure, Diastolic\"[mh:noexp]");
    assertThat(OvidPrinter.print(heartFailure)).isEqualTo("exp Heart Failure/");
  }

  @Test
  void unknownHeadingsAndSubheadingsAreErrorsOfferingTheClosestHeadings()
      throws QuerySyntaxException {
    Failed failed =
        (Failed) resolve("Heart Failur/ or Asthma/zz or Disease Progressoin[mh] or s.fs.");
    assertThat(failed.errors())
        .extracting(MeshResolver.HeadingError::message)
        .containsExactly(
            "unknown MeSH heading 'Heart Failur' (closest: Heart Failure, Heart Failure, Systolic, "
                + "Heart Failure, Diastolic)",
            "unknown subheading 'zz' of 'Asthma'",
            "unknown MeSH heading 'Disease Progressoin' (closest: Disease Progression)",
            "unknown subheading 's'");
    assertThat(failed.errors().get(2).closest()).containsExactly("Disease Progression");
  }

  @Test
  void automaticTermMappingMapsUntaggedUnquotedWholeTerms() throws QuerySyntaxException {
    AutomaticTermMapping atm = new AutomaticTermMapping(mesh);
    assertThat(atm.headings((Query.Term) QueryParser.parse("cardiac failure")))
        .extracting(d -> d.ui())
        .containsExactly("D006333");
    assertThat(atm.headings((Query.Term) QueryParser.parse("\"cardiac failure\""))).isEmpty();
    assertThat(atm.headings((Query.Term) QueryParser.parse("cardiac failure[tiab]"))).isEmpty();
    assertThat(atm.headings((Query.Term) QueryParser.parse("asthma*"))).isEmpty();
    assertThat(atm.headings((Query.Term) QueryParser.parse("heart"))).isEqualTo(List.of());
  }
}
