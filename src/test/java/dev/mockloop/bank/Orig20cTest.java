package dev.mockloop.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The v2 bar for six of the original scenarios (branch orig20c): the principal's technical points
 * and a technical follow-up at L7, a sizing point with a quantity placeholder at L6, rubric sizes,
 * and Leadership Principle tags on most main points.
 */
class Orig20cTest {
  private static final Set<String> QUANTITIES =
      Set.of("<number>", "<money>", "<percent>", "<duration>");
  private static Bank bank;

  @BeforeAll
  static void load() {
    LoadResult r = BankLoader.load(Path.of("questions"));
    assertThat(r.errors()).isEmpty();
    bank = r.bank();
  }

  private static Scenario scenario(String id) {
    return bank.scenarios().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
  }

  private static boolean technical(RubricPoint p) {
    return p.dimension().equals("technical") && p.weight() >= 3;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "connection-pool-management",
        "circuit-breaker",
        "multi-region-failover",
        "retry-with-backoff",
        "kinesis-vs-sqs",
        "live-streaming-platform"
      })
  void meetsTheV2Bar(String id) {
    Scenario s = scenario(id);
    LevelSpec l7 = s.level(Level.L7);
    LevelSpec l6 = s.level(Level.L6);

    assertThat(l7.rubric().stream().filter(Orig20cTest::technical).count())
        .as(id + " L7 technical points of weight 3+")
        .isGreaterThanOrEqualTo(2);
    assertThat(l7.followUps())
        .as(id + " L7 follow-up probing technical depth")
        .anyMatch(f -> f.rubric().stream().filter(Orig20cTest::technical).count() >= 2);

    assertThat(l6.rubric())
        .as(id + " L6 sizing point with a quantity placeholder")
        .anyMatch(p -> p.all().stream().flatMap(List::stream).anyMatch(QUANTITIES::contains));

    for (LevelSpec spec : List.of(l6, l7)) {
      assertThat(spec.rubric()).as(id + " rubric size").hasSizeBetween(10, 12);
      long tagged = spec.rubric().stream().filter(p -> !p.lp().isEmpty()).count();
      assertThat(tagged * 2)
          .as(id + " lp tags on main points")
          .isGreaterThanOrEqualTo(spec.rubric().size());
      assertThat(spec.rubric())
          .as(id + " every point has a hint")
          .allMatch(p -> !p.hint().isBlank());
    }
  }
}
