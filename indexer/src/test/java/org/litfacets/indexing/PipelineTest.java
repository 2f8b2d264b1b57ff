package org.litfacets.indexing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.litfacets.article.AbstractSection;
import org.litfacets.article.Article;
import org.litfacets.article.EnrichedArticle;

class PipelineTest {
  /** A step that only declares what it reads and sets, and records that it ran. */
  private record Step(
      String name, Set<Part> needs, Set<Part> uses, Set<Part> sets, List<String> log)
      implements Enricher {
    @Override
    public void enrich(List<EnrichedArticle> batch) {
      log.add(name);
    }
  }

  private final List<String> log = new ArrayList<>();

  private Step step(String name, Set<Part> needs, Set<Part> uses, Set<Part> sets) {
    return new Step(name, needs, uses, sets, log);
  }

  @Test
  void ordersStepsAfterTheStepsThatSetWhatTheyRead() {
    Step challenges =
        step(
            "challenges",
            Set.of(Part.SENTENCES),
            Set.of(Part.ROLES),
            Set.of(Part.CHALLENGE_LABELS));
    Step roles = step("roles", Set.of(Part.SENTENCES), Set.of(), Set.of(Part.ROLES));
    Step suggest = step("suggest-mesh", Set.of(), Set.of(Part.VECTOR), Set.of(Part.SUGGESTED_MESH));
    Step vectors = step("vectors", Set.of(), Set.of(), Set.of(Part.VECTOR));
    Step sentences = step("sentences", Set.of(), Set.of(), Set.of(Part.SENTENCES));

    Pipeline pipeline = Pipeline.of(List.of(challenges, suggest, roles, vectors, sentences));

    assertThat(pipeline.steps()).containsExactly(vectors, suggest, sentences, roles, challenges);
    pipeline.enrich(List.of(), new IndexCounters());
    assertThat(log).containsExactly("vectors", "suggest-mesh", "sentences", "roles", "challenges");
  }

  @Test
  void countsEachStepsCpuTimeApartFromItsWaiting() {
    IndexCounters counters = new IndexCounters();

    Pipeline.of(List.of(timed("busy", Part.VECTOR, true), timed("waiting", Part.ROLES, false)))
        .enrich(List.of(), counters);

    assertThat(counters.enricherSeconds().get("waiting")).isGreaterThanOrEqualTo(0.05);
    assertThat(counters.enricherCpuSeconds().get("waiting")).isLessThan(0.02);
    // a loaded machine may take the core away from a busy step, never give it more than wall time
    assertThat(counters.enricherCpuSeconds().get("busy"))
        .isGreaterThan(0)
        .isLessThanOrEqualTo(counters.enricherSeconds().get("busy") + 0.001);
  }

  /** A step that spends 50 ms computing, or waiting. */
  private static Enricher timed(String name, Part sets, boolean computes) {
    return new Enricher() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Set<Part> sets() {
        return Set.of(sets);
      }

      @Override
      public void enrich(List<EnrichedArticle> batch) {
        long until = System.nanoTime() + 50_000_000L;
        for (long left; (left = until - System.nanoTime()) > 0; ) {
          if (!computes) {
            LockSupport.parkNanos(left);
          }
        }
      }
    };
  }

  @Test
  void aStepThatOnlyUsesAPartRunsWithoutIt() {
    Step challenges =
        step(
            "challenges",
            Set.of(Part.SENTENCES),
            Set.of(Part.ROLES),
            Set.of(Part.CHALLENGE_LABELS));
    Step sentences = step("sentences", Set.of(), Set.of(), Set.of(Part.SENTENCES));
    assertThat(Pipeline.of(List.of(challenges, sentences)).steps())
        .containsExactly(sentences, challenges);
  }

  @Test
  void refusesAStepWhoseNeedsNoStepSets() {
    Step entities = step("entities", Set.of(Part.SENTENCES), Set.of(), Set.of(Part.ENTITIES));
    assertThatThrownBy(() -> Pipeline.of(List.of(entities)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("step entities needs sentences, which no chosen step sets");
  }

  @Test
  void refusesTwoStepsSettingOnePart() {
    Step one = step("sentences", Set.of(), Set.of(), Set.of(Part.SENTENCES));
    Step two = step("other-sentences", Set.of(), Set.of(), Set.of(Part.SENTENCES));
    assertThatThrownBy(() -> Pipeline.of(List.of(one, two)))
        .hasMessage("steps sentences and other-sentences both set sentences");
  }

  @Test
  void refusesStepsThatWaitForEachOther() {
    Step a = step("a", Set.of(Part.ROLES), Set.of(), Set.of(Part.VECTOR));
    Step b = step("b", Set.of(Part.VECTOR), Set.of(), Set.of(Part.ROLES));
    assertThatThrownBy(() -> Pipeline.of(List.of(a, b)))
        .hasMessage("steps a, b each wait for another: no order can run them");
  }

  @Test
  void aStepThatFailsOnOneArticleFailsOnlyThatArticleAndSetsTheOthersOnce() {
    // Sets each article's tree numbers in turn, then breaks on the bad one: the batch run leaves
    // the articles before
    // it enriched, and the article-by-article run that follows must not add their part a second
    // time.
    Enricher failing =
        new Enricher() {
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
            for (EnrichedArticle a : batch) {
              if (a.article().pmid().equals("2")) {
                throw new IllegalStateException("no tree for this one");
              }
              a.setMeshTreeNumbers(List.of("C08.127", "C08.381"));
            }
          }
        };
    List<EnrichedArticle> batch = List.of(article("1"), article("2"), article("3"));
    IndexCounters counters = new IndexCounters();

    List<EnrichedArticle> ok = Pipeline.of(List.of(failing)).enrich(batch, counters);

    assertThat(ok).extracting(a -> a.article().pmid()).containsExactly("1", "3");
    ok.forEach(a -> assertThat(a.meshTreeNumbers()).containsExactly("C08.127", "C08.381"));
    assertThat(counters.failed(FailureReason.ENRICHMENT_FAILED)).isEqualTo(1);
    assertThat(counters.failureExamples(FailureReason.ENRICHMENT_FAILED))
        .containsExactly("mesh-trees on PMID 2: no tree for this one");
  }

  private static EnrichedArticle article(String pmid) {
    return new EnrichedArticle(
        Article.ofText(pmid, "Title " + pmid, List.of(new AbstractSection(null, null, "Text."))));
  }
}
