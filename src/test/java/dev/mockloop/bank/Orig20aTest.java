package dev.mockloop.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The v2 bar for seven of the original scenarios (issue 11, branch orig20a): the principal's
 * technical points and a technical follow-up at L7, back-of-envelope sizing at L6, rubric sizes
 * kept to 10-12 points, Leadership Principle tags on a good share of points, and model answers that
 * reason as a candidate rather than quote a past project.
 */
class Orig20aTest {
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
    return bank.scenarios().stream()
        .filter(s -> s.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no scenario " + id));
  }

  private static boolean technical(RubricPoint p) {
    return p.dimension().equals("technical") && p.weight() >= 3;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "real-time-analytics-platform",
        "search-indexing",
        "idempotent-payments-api",
        "rate-limiting",
        "microservices-vs-monolith",
        "multi-layer-caching",
        "data-retention-privacy"
      })
  void meetsTheV2Bar(String id) {
    Scenario s = scenario(id);
    LevelSpec l6 = s.level(Level.L6);
    LevelSpec l7 = s.level(Level.L7);

    assertThat(l7.rubric().stream().filter(Orig20aTest::technical).count())
        .as(id + " L7 technical points of weight 3+")
        .isGreaterThanOrEqualTo(2);
    assertThat(l7.followUps())
        .as(id + " L7 follow-up probing technical depth")
        .anySatisfy(f -> assertThat(f.rubric()).anyMatch(Orig20aTest::technical));
    assertThat(l6.rubric())
        .as(id + " L6 sizing point asking for a quantity")
        .anyMatch(p -> p.all().stream().flatMap(List::stream).anyMatch(QUANTITIES::contains));

    assertThat(l6.rubric()).as(id + " L6 rubric size").hasSizeBetween(10, 12);
    assertThat(l7.rubric()).as(id + " L7 rubric size").hasSizeBetween(10, 12);

    List<RubricPoint> all =
        Stream.of(l6, l7)
            .flatMap(
                l ->
                    Stream.concat(
                        l.rubric().stream(),
                        l.followUps().stream().flatMap(f -> f.rubric().stream())))
            .toList();
    long tagged = all.stream().filter(p -> !p.lp().isEmpty()).count();
    assertThat(tagged * 100 / all.size())
        .as(id + " percent of points with an lp tag")
        .isBetween(45L, 75L);

    Stream.of(l6, l7)
        .flatMap(
            l ->
                Stream.concat(
                    Stream.of(l.modelAnswer()), l.followUps().stream().map(FollowUp::modelAnswer)))
        .forEach(
            answer ->
                assertThat(answer)
                    .as(id + " model answer reasons as a candidate")
                    .doesNotContainIgnoringCase("version of this I ran")
                    .doesNotContainIgnoringCase("in a case like this"));
  }
}
