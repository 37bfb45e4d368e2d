package dev.mockloop.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockloop.bank.Glossary;
import dev.mockloop.bank.Level;
import dev.mockloop.bank.LevelSpec;
import dev.mockloop.bank.RubricPoint;
import dev.mockloop.bank.Scenario;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A number the question gave, repeated in the answer, is not a target the candidate set: a metrics
 * point's quantity slot cannot be filled by it unless the answer sets it as a target; a sizing
 * point (any other dimension) still reasons with it.
 */
class GivenTargetsTest {
  private static final Scorer SCORER = new Scorer(Glossary.EMPTY);

  private static RubricPoint point(String id, String dimension, List<List<String>> all) {
    return new RubricPoint(id, "Covers " + id, dimension, 3, List.of(), all, "hint", "");
  }

  // spotless:off
  private static final List<RubricPoint> RUBRIC = List.of(
      point("targets", "metrics", List.of(
          List.of("hit ratio", "staleness"), List.of("<percent>", "<duration>", "target"))),
      point("origin-load", "analysis", List.of(
          List.of("origin"), List.of("<number>"))));
  private static final Scenario S = new Scenario("cdn", "CDN pages", "caching", List.of(), "",
      Map.of(Level.L6, new LevelSpec("Design the caching of product pages.",
          "95% of traffic goes to the top products; the origin can take 4,000 requests a second;"
              + " two incidents last year.", 12, RUBRIC, List.of(), "")), "test", "");
  // spotless:on

  private static PointResult result(String answer, String id) {
    return SCORER.scoreMain(answer, S, Level.L6).points().stream()
        .filter(p -> p.id().equals(id))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aGivenPercentageRestatedIsNotATargetTheCandidateSet() {
    PointResult p = result("At a 95% hit ratio the pages stay fast.", "targets");
    assertThat(p.covered()).isFalse();
    assertThat(p.echoed()).extracting(Evidence::text).contains("95%");
  }

  @Test
  void theCandidatesOwnNumberOrAGivenOneSetAsATargetCounts() {
    assertThat(result("I'd hold the hit ratio at 98% during the run.", "targets").covered())
        .isTrue();
    assertThat(
            result("The hit ratio must stay at least 95% after the change.", "targets").covered())
        .isTrue();
    assertThat(result("Keep the hit ratio at 95% or better all day.", "targets").covered())
        .isTrue();
  }

  @Test
  void aSizingPointStillReasonsWithTheGivenNumbers() {
    assertThat(
            result("Behind a shield the origin sees far fewer than its 4,000 limit.", "origin-load")
                .covered())
        .isTrue();
  }
}
