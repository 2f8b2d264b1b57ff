package org.litfacets.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.litfacets.enrichment.RoleCorpora;
import org.litfacets.relation.RelationModel;
import org.litfacets.testing.SharedData;

/**
 * The train and bench commands of the analyzers as a user runs them, on small parts of the real
 * corpora. Models come from the repository's models/ folder (trained there on first use, as the
 * commands do) so that the class stays fast.
 */
class AnalyzerCommandsIT {
  @TempDir Path tmp;

  /** The repository's models/ folder: the module's parent when run by Maven. */
  private static Path models() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve("litfacets"))
          && Files.isRegularFile(p.resolve("pom.xml"))) {
        return p.resolve("models");
      }
    }
    return Path.of("..", "models").toAbsolutePath();
  }

  private JsonNode figures(String name) throws IOException {
    Path json = tmp.resolve("results").resolve(name + ".json");
    assertThat(json).exists();
    JsonNode root = new ObjectMapper().readTree(json.toFile());
    assertThat(root.path("benchmark").asText()).isEqualTo(name);
    return root.path("figures");
  }

  /** The first {@code n} documents of a PubTator file (documents are separated by blank lines). */
  private Path firstDocuments(Path pubtator, int n, Path target) throws IOException {
    List<String> kept = new ArrayList<>();
    int documents = 0;
    for (String line : Files.readAllLines(pubtator)) {
      if (line.isBlank()) {
        if (++documents == n) {
          break;
        }
      }
      kept.add(line);
    }
    Files.createDirectories(target.getParent());
    Files.write(target, kept);
    return target;
  }

  @Test
  void benchNerScoresTheHybridRecogniserAndNamesTheResultAfterTheCorpusFile() throws IOException {
    Path bc5cdr = SharedData.require("bc5cdr");
    SharedData.require("mesh");
    Path part =
        firstDocuments(
            bc5cdr.resolve("CDR_DevelopmentSet.PubTator.txt"),
            30,
            tmp.resolve("bc5cdr").resolve("CDR_Dev30.PubTator.txt"));

    CommandRun r =
        CommandRun.of(
            "bench",
            "ner",
            part.toString(),
            "--shared-data",
            bc5cdr.getParent().toString(),
            "--models",
            models().toString(),
            "--results",
            tmp.resolve("results").toString());

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err())
        .as("the analyzers' log lines reach the console")
        .contains("INFO DictionaryLoader - ");
    assertThat(r.out())
        .contains("NER on CDR_Dev30.PubTator.txt (30 abstracts)")
        .contains("abstracts/s")
        .contains("recogniser: dictionaries + CRF")
        .containsPattern("(?m)^chemical +\\|")
        .containsPattern("(?m)^disease +\\|");
    JsonNode f = figures("ner-bc5cdr-cdr-dev30");
    assertThat(f.get("documents").asDouble()).isEqualTo(30);
    assertThat(f.get("chemical.mention.f1").asDouble()).isGreaterThan(0.8);
    assertThat(f.get("disease.mention.f1").asDouble()).isGreaterThan(0.7);
    assertThat(f.get("overall.id.f1").asDouble()).isGreaterThan(0.7);
    assertThat(f.get("abstracts_per_s").asDouble()).isPositive();
    assertThat(Files.readString(tmp.resolve("results").resolve("ner-bc5cdr-cdr-dev30.txt")))
        .contains("mention (strict)");
  }

  @Test
  void benchSentencesCountsMentionsCutBySentenceBoundaries() throws IOException {
    Path bc5cdr = SharedData.require("bc5cdr");
    Path part =
        firstDocuments(
            bc5cdr.resolve("CDR_DevelopmentSet.PubTator.txt"),
            30,
            tmp.resolve("bc5cdr").resolve("CDR_Dev30.PubTator.txt"));

    CommandRun r =
        CommandRun.of(
            "bench", "sentences", part.toString(), "--results", tmp.resolve("results").toString());

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("Sentence splitting on CDR_Dev30.PubTator.txt (30 documents")
        .contains("+ abbreviation post-pass");
    JsonNode f = figures("sentences-bc5cdr-cdr-dev30");
    assertThat(f.get("cut_mentions").asDouble()).isZero();
    assertThat(f.get("sentences").asDouble()).isGreaterThan(200);
  }

  @Test
  void trainRolesLearnsFromStructuredAbstractsOfPubmedXml() throws IOException {
    Path xml = SharedData.require("pubmed-xml-samples");
    Path models = tmp.resolve("models");

    CommandRun r = CommandRun.of("train", "roles", xml.toString(), "--models", models.toString());

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("94 structured abstracts from 5 PubMed XML file(s)");
    assertThat(r.out())
        .containsPattern("trained sentence-role model from .* in [0-9.]+ s")
        .contains("wrote " + models.resolve(RoleCorpora.MODEL_FILE));
    assertThat(models.resolve(RoleCorpora.MODEL_FILE)).isNotEmptyFile();
  }

  @Test
  void trainChallengesWritesTheModelThatBenchChallengesThenUses() throws IOException {
    Path data = SharedData.require("scientific-challenges-directions");
    Path models = tmp.resolve("models");

    CommandRun trained =
        CommandRun.of(
            "train",
            "challenges",
            data.resolve("train_set.csv").toString(),
            "--models",
            models.toString());

    assertThat(trained.code()).as(trained.err()).isZero();
    Path model = models.resolve("challenges-all-minilm-l6-v2-q.bin");
    assertThat(trained.out())
        .containsPattern("trained challenge/direction model from .*train_set.csv in [0-9.]+ s")
        .contains("wrote " + model);
    assertThat(model).isNotEmptyFile();

    CommandRun r =
        CommandRun.of(
            "bench",
            "challenges",
            data.resolve("val_set.csv").toString(),
            "--models",
            models.toString(),
            "--results",
            tmp.resolve("results").toString());

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).doesNotContain("training it first");
    assertThat(
            figures("challenges-scientific-challenges-directions-val-set")
                .get("challenge.f1")
                .asDouble())
        .isGreaterThan(0.6);
  }

  @Test
  void trainRelationsWritesTheModelThatBenchRelationsScoresBesideTheBaseline() throws IOException {
    Path biored = SharedData.require("biored");
    Path models = tmp.resolve("models");
    Path train =
        firstDocuments(
            biored.resolve("Train.PubTator"),
            60,
            tmp.resolve("biored").resolve("Train60.PubTator"));
    Path dev =
        firstDocuments(
            biored.resolve("Dev.PubTator"), 20, tmp.resolve("biored").resolve("Dev20.PubTator"));

    CommandRun trained =
        CommandRun.of("train", "relations", train.toString(), "--models", models.toString());

    assertThat(trained.code()).as(trained.err()).isZero();
    assertThat(trained.out())
        .containsPattern("trained relation model from .*Train60.PubTator in [0-9.]+ s")
        .contains("wrote " + models.resolve(RelationModel.FILE_NAME));

    CommandRun r =
        CommandRun.of(
            "bench",
            "relations",
            dev.toString(),
            "--train",
            train.toString(),
            "--gold-entities-only",
            "--models",
            models.toString(),
            "--results",
            tmp.resolve("results").toString());

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).doesNotContain("training one");
    assertThat(r.out())
        .contains("Relations on Dev20.PubTator (20 abstracts")
        .contains("gold / cooccurrence");
    JsonNode f = figures("relations-biored-dev20");
    assertThat(f.get("gold.model.pair.f1").asDouble())
        .isGreaterThan(f.get("gold.cooccurrence.pair.f1").asDouble());
    assertThat(f.has("own.model.pair.f1")).isFalse();
  }

  @Test
  void missingInputsAreOneLineErrors() {
    Path missing = tmp.resolve("missing.txt");
    List<String[]> commands =
        List.of(
            new String[] {"bench", "ner", missing.toString()},
            new String[] {"bench", "roles", missing.toString()},
            new String[] {"bench", "challenges", missing.toString()},
            new String[] {"bench", "sentences", missing.toString()},
            new String[] {"bench", "relations", missing.toString()},
            new String[] {
              "train", "relations", missing.toString(), "--models", tmp.resolve("models").toString()
            },
            new String[] {
              "train", "roles", missing.toString(), "--models", tmp.resolve("models").toString()
            },
            new String[] {
              "train",
              "challenges",
              missing.toString(),
              "--models",
              tmp.resolve("models").toString()
            },
            new String[] {
              "train",
              "ner",
              "--shared-data",
              missing.toString(),
              "--models",
              tmp.resolve("models").toString()
            });
    for (String[] command : commands) {
      CommandRun r = CommandRun.of(command);
      assertThat(r.code()).as(String.join(" ", command)).isEqualTo(1);
      assertThat(r.err().strip())
          .as(String.join(" ", command))
          .startsWith("litfacets: ")
          .contains(missing.toString())
          .doesNotContain("\n");
    }
    assertThat(tmp.resolve("models")).doesNotExist();
  }
}
