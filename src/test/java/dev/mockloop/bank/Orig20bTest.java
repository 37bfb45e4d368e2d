package dev.mockloop.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The v2 bar for seven of the original scenarios (branch orig20b): the principal's technical points
 * and a technical follow-up at L7, a back-of-envelope sizing point at L6, Leadership Principle
 * tags, and model answers that reason as a candidate rather than quote a past result.
 */
class Orig20bTest {
  private static final List<String> QUANTITIES =
      List.of("<number>", "<money>", "<percent>", "<duration>");
  private static Bank bank;

  @BeforeAll
  static void load() {
    LoadResult r = BankLoader.load(Path.of("questions"));
    assertThat(r.errors()).isEmpty();
    bank = r.bank();
  }

  private static Scenario scenario(String id) {
    return bank.find(id).orElseThrow(() -> new AssertionError("no scenario " + id));
  }

  private static boolean technical(RubricPoint p) {
    return p.dimension().equals("technical") && p.weight() >= 3;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "dynamodb-vs-rds",
        "build-vs-buy-monitoring",
        "tech-stack-selection",
        "payment-success-rate-drop",
        "platform-migration",
        "on-call-incident-process",
        "api-latency-optimization"
      })
  void l7CarriesTheTechnicalBarAndL6ASizingPoint(String id) {
    LevelSpec l7 = scenario(id).level(Level.L7);
    assertThat(l7.rubric().stream().filter(Orig20bTest::technical).count())
        .as(id + " L7 technical points of weight 3+")
        .isGreaterThanOrEqualTo(2);
    assertThat(l7.followUps())
        .as(id + " L7 follow-up probing technical depth")
        .anySatisfy(
            f ->
                assertThat(f.rubric().stream().filter(Orig20bTest::technical).count())
                    .isGreaterThanOrEqualTo(2));

    LevelSpec l6 = scenario(id).level(Level.L6);
    assertThat(l6.rubric())
        .as(id + " L6 sizing point with a quantity placeholder")
        .anySatisfy(
            p ->
                assertThat(p.all().stream().flatMap(List::stream))
                    .containsAnyElementsOf(QUANTITIES));
    assertThat(l6.rubric()).as(id + " L6 rubric size").hasSizeBetween(10, 12);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "dynamodb-vs-rds",
        "build-vs-buy-monitoring",
        "tech-stack-selection",
        "payment-success-rate-drop",
        "platform-migration",
        "on-call-incident-process",
        "api-latency-optimization"
      })
  void pointsCarryPrinciplesAndModelAnswersReasonAsACandidate(String id) {
    for (Level level : List.of(Level.L6, Level.L7)) {
      LevelSpec spec = scenario(id).level(level);
      long tagged = spec.rubric().stream().filter(p -> !p.lp().isEmpty()).count();
      assertThat(tagged)
          .as(id + " " + level + " lp-tagged main points")
          .isBetween(spec.rubric().size() / 3L, spec.rubric().size() * 4L / 5);
      List<String> answers = new ArrayList<>(List.of(spec.modelAnswer()));
      spec.followUps().forEach(f -> answers.add(f.modelAnswer()));
      assertThat(answers)
          .as(id + " " + level + " model answers")
          .allSatisfy(
              a ->
                  assertThat(a.toLowerCase())
                      .doesNotContain(
                          "version i worked",
                          "version of this i ran",
                          "what we got",
                          "a case like ours",
                          "our last drill"));
    }
  }
}
