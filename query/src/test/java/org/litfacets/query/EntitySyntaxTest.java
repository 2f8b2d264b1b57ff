package org.litfacets.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.litfacets.article.EntityType;
import org.litfacets.article.RelationType;
import org.litfacets.query.Query.And;
import org.litfacets.query.Query.Entity;
import org.litfacets.query.Query.Or;
import org.litfacets.query.Query.Relation;
import org.litfacets.query.Query.ResolvedEntity;
import org.litfacets.query.Query.Term;

/** PubTator 3.0's entity and relation syntax inside the one query language. */
class EntitySyntaxTest {
  private static final Entity DOX = new Entity(EntityType.CHEMICAL, "Doxorubicin");
  private static final Entity CARDIO = new Entity(EntityType.DISEASE, "Cardiotoxicity");

  private static Query parse(String q) throws QuerySyntaxException {
    return QueryParser.parse(q);
  }

  @Test
  void entitiesByNameOrIdentifierMixWithWordsAndOperators() throws QuerySyntaxException {
    assertThat(parse("@CHEMICAL_Doxorubicin")).isEqualTo(DOX);
    assertThat(parse("@chemical_MESH:D004317"))
        .isEqualTo(new Entity(EntityType.CHEMICAL, "MESH:D004317"));
    assertThat(parse("asthma AND @CHEMICAL_Budesonide"))
        .isEqualTo(
            new And(
                List.of(
                    new Term("asthma", Field.UNTAGGED, false),
                    new Entity(EntityType.CHEMICAL, "Budesonide"))));
    // No operator means AND, as between words; parentheses end an entity.
    assertThat(parse("(@DISEASE_breast_neoplasms OR @CELLLINE_HeLa) @GENE_NCBIGene:7157"))
        .isEqualTo(
            new And(
                List.of(
                    new Or(
                        List.of(
                            new Entity(EntityType.DISEASE, "breast_neoplasms"),
                            new Entity(EntityType.CELL_LINE, "HeLa"))),
                    new Entity(EntityType.GENE, "NCBIGene:7157"))));
    assertThat(((Entity) parse("@DISEASE_breast_neoplasms")).name()).isEqualTo("breast neoplasms");
    // Names and identifiers keep their dots, slashes and bars.
    assertThat(parse("@VARIANT_p.V600E/c.1799T>A"))
        .isEqualTo(new Entity(EntityType.VARIANT, "p.V600E/c.1799T>A"));
    // Quoted, it is text.
    assertThat(parse("\"@CHEMICAL_Doxorubicin\""))
        .isEqualTo(new Term("@CHEMICAL_Doxorubicin", Field.UNTAGGED, true));
  }

  @Test
  void relationsOfAnyTypeOrOfOneOfBioredsTypes() throws QuerySyntaxException {
    assertThat(parse("relations:ANY|@CHEMICAL_Doxorubicin|@DISEASE_Cardiotoxicity"))
        .isEqualTo(new Relation(Optional.empty(), DOX, CARDIO));
    assertThat(
            parse("relations:positive_correlation|@CHEMICAL_Doxorubicin|@DISEASE_Cardiotoxicity"))
        .isEqualTo(new Relation(Optional.of(RelationType.POSITIVE_CORRELATION), DOX, CARDIO));
    // Variant identifiers hold bars: "|@" separates the entities.
    assertThat(parse("children AND relations:Bind|@VARIANT_c|SUB|A|123|G|@GENE_7157"))
        .isEqualTo(
            new And(
                List.of(
                    new Term("children", Field.UNTAGGED, false),
                    new Relation(
                        Optional.of(RelationType.BIND),
                        new Entity(EntityType.VARIANT, "c|SUB|A|123|G"),
                        new Entity(EntityType.GENE, "7157")))));
  }

  @Test
  void printedInPubtatorSyntaxByBothPrinters() throws QuerySyntaxException {
    String query =
        "asthma AND (@CHEMICAL_Budesonide OR relations:Positive_Correlation"
            + "|@CHEMICAL_Doxorubicin|@DISEASE_Cardiotoxicity)";
    assertThat(PubMedPrinter.print(parse(query))).isEqualTo(query);
    assertThat(OvidPrinter.print(parse(query)))
        .isEqualTo(
            "asthma and (@CHEMICAL_Budesonide or relations:Positive_Correlation"
                + "|@CHEMICAL_Doxorubicin|@DISEASE_Cardiotoxicity)");
    // A resolved entity prints by the identifier it was resolved to.
    ResolvedEntity resolved = new ResolvedEntity(DOX, "MESH:D004317", "Doxorubicin");
    assertThat(PubMedPrinter.print(new Relation(Optional.empty(), resolved, CARDIO)))
        .isEqualTo("relations:ANY|@CHEMICAL_MESH:D004317|@DISEASE_Cardiotoxicity");
    assertThat(PubMedPrinter.print(new ResolvedEntity(DOX, "odd id", "Doxorubicin")))
        .isEqualTo("@CHEMICAL_Doxorubicin");
  }

  @Test
  void badEntitiesAreSyntaxErrorsWithTheirColumn() {
    assertSyntaxError(
        "asthma AND @FOO_x",
        13,
        "expected an entity type (DISEASE, CHEMICAL, GENE, SPECIES, VARIANT, CELLLINE) but found"
            + " 'FOO' in '@FOO_x'");
    assertSyntaxError(
        "a OR @CHEMICAL",
        6,
        "expected an entity such as @CHEMICAL_Doxorubicin or @CHEMICAL_MESH:D004317 (@TYPE_name or"
            + " @TYPE_identifier) but found '@CHEMICAL'");
    assertSyntaxError("(@GENE_)", 8, "expected a name or identifier after '@GENE_' but found none");
    assertSyntaxError(
        "@CHEMICAL_x|@DISEASE_y",
        12,
        "expected one entity but found a second one after '|': write relations:ANY|@CHEMICAL_x|@..."
            + " for a relation between two entities");
    assertSyntaxError(
        "x relations:Causes|@CHEMICAL_a|@DISEASE_b",
        13,
        "expected ANY or a relation type (Association, Positive_Correlation, Negative_Correlation,"
            + " Bind, Cotreatment, Comparison, Drug_Interaction, Conversion) but found 'Causes'");
    assertSyntaxError(
        "relations:ANY|@CHEMICAL_a",
        14,
        "expected two entities, as in relations:ANY|@CHEMICAL_Doxorubicin|@DISEASE_Cardiotoxicity,"
            + " but found 'relations:ANY|@CHEMICAL_a'");
    assertSyntaxError(
        "relations:ANY|@CHEMICAL_a|@BAR_b",
        28,
        "expected an entity type (DISEASE, CHEMICAL, GENE, SPECIES, VARIANT, CELLLINE) but found"
            + " 'BAR' in '@BAR_b'");
    assertSyntaxError(
        "@CHEMICAL_x[tiab]", 12, "expected an operator or end of line but found '[tiab]'");
  }

  @Test
  void errorsInAHistoryPointAtTheirLine() {
    assertThatThrownBy(() -> History.parse("1 asthma\n2 #1 AND @DRUG_x"))
        .isInstanceOfSatisfying(
            QuerySyntaxException.class,
            e -> {
              assertThat(e.line()).isEqualTo(2);
              assertThat(e.column()).isEqualTo(11);
            });
  }

  private static void assertSyntaxError(String query, int column, String problem) {
    assertThatThrownBy(() -> parse(query))
        .as(query)
        .isInstanceOfSatisfying(
            QuerySyntaxException.class,
            e -> {
              assertThat(e.problem()).isEqualTo(problem);
              assertThat(e.line()).isEqualTo(1);
              assertThat(e.column()).isEqualTo(column);
            });
  }
}
