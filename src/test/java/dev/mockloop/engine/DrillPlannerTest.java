package dev.mockloop.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mockloop.bank.Bank;
import dev.mockloop.bank.FollowUp;
import dev.mockloop.bank.Glossary;
import dev.mockloop.bank.Level;
import dev.mockloop.bank.LevelSpec;
import dev.mockloop.bank.RubricPoint;
import dev.mockloop.bank.Scenario;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DrillPlannerTest {
  private final MutableClock clock = MutableClock.at("2026-11-29T08:00:00Z");

  private Attempt attempt(String scenario, long daysAgo, int score, String... missed) {
    return new Attempt(
        scenario,
        Level.L6,
        clock.instant().minus(Duration.ofDays(daysAgo)),
        score,
        List.of(missed));
  }

  private static List<String> ids(DrillPlan p) {
    return p.picks().stream().map(x -> x.scenario().id()).toList();
  }

  private static List<DrillPick.Kind> kinds(DrillPlan p) {
    return p.picks().stream().map(DrillPick::kind).toList();
  }

  @Test
  void intervalsGrowWithTheScoreAndWithAStreakOfGoodScores() {
    assertThat(days(40)).isEqualTo(1);
    assertThat(days(60)).isEqualTo(3);
    assertThat(days(80)).isEqualTo(7);
    assertThat(days(90)).isEqualTo(14);
    assertThat(days(90, 90)).isEqualTo(28);
    assertThat(days(75, 90, 95)).isEqualTo(56);
    assertThat(days(40, 90)).isEqualTo(14);
    assertThat(days(95, 95, 95, 95, 95, 95)).isEqualTo(90);
    assertThat(days(95, 95, 30)).isEqualTo(1);
  }

  private long days(int... scores) {
    List<Attempt> past = Arrays.stream(scores).mapToObj(s -> attempt("x", 0, s)).toList();
    return DrillPlanner.interval(past).toDays();
  }

  @Test
  void withNoHistoryEveryPickIsNewAndTheSeedDecidesTheOrder() {
    DrillPlan a =
        new DrillPlanner(clock, 7).plan(TestBank.bank(), Level.L6, List.of(), List.of(), 3);
    DrillPlan again =
        new DrillPlanner(clock, 7).plan(TestBank.bank(), Level.L6, List.of(), List.of(), 3);

    assertThat(kinds(a)).containsOnly(DrillPick.Kind.NEW);
    assertThat(ids(a)).hasSize(3).doesNotHaveDuplicates().isEqualTo(ids(again));
    assertThat(a.picks().get(0).reason()).isEqualTo("new: not practised yet at L6");
    boolean someSeedDiffers = false;
    for (long seed = 8; seed < 40 && !someSeedDiffers; seed++) {
      someSeedDiffers =
          !ids(new DrillPlanner(clock, seed)
                  .plan(TestBank.bank(), Level.L6, List.of(), List.of(), 3))
              .equals(ids(a));
    }
    assertThat(someSeedDiffers).isTrue();
  }

  @Test
  void lowScoresComeBackSoonerThanHighScores() {
    List<Attempt> history =
        List.of(
            attempt("cache-aside", 2, 30),
            attempt("queue-choice", 2, 95),
            attempt("dynamodb-vs-rds", 2, 95),
            attempt("circuit-breaker", 2, 95));

    DrillPlan now =
        new DrillPlanner(clock, 1).plan(TestBank.bank(), Level.L6, List.of(), history, 1);
    assertThat(ids(now)).containsExactly("cache-aside");
    assertThat(now.picks().get(0).reason())
        .isEqualTo("due again: scored 30 on 2026-11-27, back after 1 day");

    clock.advance(Duration.ofDays(14));
    DrillPlan later =
        new DrillPlanner(clock, 1).plan(TestBank.bank(), Level.L6, List.of(), history, 4);
    assertThat(kinds(later)).containsOnly(DrillPick.Kind.DUE);
    assertThat(ids(later).get(0)).isEqualTo("cache-aside");
  }

  @Test
  void dueNewAndWeakAreMixedAndTheSoonestDueFillsTheRest() {
    Bank bank =
        bank(
            Map.of(
                "a",
                List.of("success-metrics", "a-own"),
                "b",
                List.of("success-metrics", "b-own"),
                "c",
                List.of("c-own"),
                "d",
                List.of("d-own"),
                "e",
                List.of("e-own")));
    List<Attempt> history =
        List.of(
            attempt("a", 3, 95, "success-metrics"),
            attempt("b", 5, 95, "success-metrics"),
            attempt("c", 3, 40),
            attempt("d", 4, 95));

    DrillPlan p = new DrillPlanner(clock, 1).plan(bank, Level.L6, List.of(), history, 5);

    // b is closer to being due than a, so it comes first among the weak spots
    assertThat(ids(p)).containsExactly("c", "e", "b", "a", "d");
    assertThat(kinds(p))
        .containsExactly(
            DrillPick.Kind.DUE,
            DrillPick.Kind.NEW,
            DrillPick.Kind.WEAK,
            DrillPick.Kind.WEAK,
            DrillPick.Kind.AHEAD);
    assertThat(p.picks().get(2).reason())
        .isEqualTo("weak spot: asks “Point success-metrics” (missed once)");
    assertThat(p.picks().get(4).reason()).startsWith("ahead of schedule: scored 95 on ");
  }

  /**
   * Point ids are unique only within a scenario's rubric: a miss of a's {@code consistency} makes a
   * a weak spot, in a's words, and not b, whose {@code consistency} asks something else.
   */
  @Test
  void aMissIsAWeakSpotOnlyOfTheScenarioItWasMissedIn() {
    Bank bank = bank(Map.of("a", List.of("consistency", "a-own"), "b", List.of("consistency")));
    List<Attempt> history =
        List.of(
            attempt("a", 5, 95, "consistency"),
            attempt("a", 3, 95, "consistency"),
            attempt("b", 2, 95));

    DrillPlan p = new DrillPlanner(clock, 1).plan(bank, Level.L6, List.of(), history, 2);

    assertThat(p.picks())
        .extracting(x -> x.scenario().id() + " " + x.kind())
        .containsExactly("a WEAK", "b AHEAD");
    assertThat(p.picks().get(0).reason())
        .isEqualTo("weak spot: asks “Point consistency” (missed twice)");
  }

  @Test
  void aFollowUpsPointIsKnownByItsFollowUpAndScenario() {
    RubricPoint point = TestBank.point("p", "analysis", 1, "p");
    FollowUp f = new FollowUp("deeper", "Deeper?", 5, List.of(), List.of(point), "");
    Scenario a = withFollowUp("a", f);
    Bank bank = new Bank("test", List.of(a, withFollowUp("b", f)), Glossary.EMPTY);

    DrillPlan p =
        new DrillPlanner(clock, 1)
            .plan(bank, Level.L6, List.of(), List.of(attempt("a", 3, 95, "deeper/p")), 2);

    assertThat(p.picks())
        .extracting(x -> x.scenario().id() + " " + x.kind() + " " + x.reason())
        .containsExactly(
            "b NEW new: not practised yet at L6", "a WEAK weak spot: asks “Point p” (missed once)");
  }

  @Test
  void otherLevelsTopicsAndFutureAttemptsAreIgnored() {
    List<Attempt> history =
        List.of(
            new Attempt(
                "cache-aside", Level.L7, clock.instant().minusSeconds(3600 * 48), 10, List.of()),
            new Attempt(
                "queue-choice", Level.L6, clock.instant().plusSeconds(3600), 10, List.of()));

    DrillPlan p =
        new DrillPlanner(clock, 3)
            .plan(TestBank.bank(), Level.L6, List.of("messaging", "reliability"), history, 5);

    assertThat(ids(p)).containsExactlyInAnyOrder("queue-choice", "circuit-breaker");
    assertThat(kinds(p)).containsOnly(DrillPick.Kind.NEW);
    PlanRequest req = p.request(3, RoundSettings.DEFAULT);
    assertThat(req.scenarioIds()).isEqualTo(ids(p));
    assertThat(LoopPlanner.plan(TestBank.bank(), req).rounds()).isEqualTo(2);
  }

  @Test
  void theLoopRunsExactlyThePlanShownInItsOrderWithPrincipleQuestionsAmongThePicks()
      throws java.net.URISyntaxException {
    Bank lp =
        dev.mockloop.bank.BankLoader.load(
                java.nio.file.Path.of(getClass().getResource("/banks/lp").toURI()))
            .bank();
    List<String> order =
        List.of("backbone-disagree-and-commit", "flaky-dependency", "ownership-outside-your-remit");
    DrillPlan plan =
        new DrillPlan(
            Level.L6,
            order.stream()
                .map(id -> new DrillPick(lp.find(id).orElseThrow(), DrillPick.Kind.NEW, "new"))
                .toList());

    for (RoundSettings settings :
        List.of(
            RoundSettings.DEFAULT, RoundSettings.DEFAULT.withLp(RoundSettings.LP_AUTO, false))) {
      LoopPlan loop = LoopPlanner.plan(lp, plan.request(7, settings));
      assertThat(loop.scenarios())
          .extracting(dev.mockloop.bank.Scenario::id)
          .as("no scenario added, none moved")
          .isEqualTo(order);
    }
  }

  @Test
  void nothingToDrillIsAClearError() {
    assertThatThrownBy(
            () ->
                new DrillPlanner(clock, 1)
                    .plan(TestBank.bank(), Level.L6, List.of("no-such-topic"), List.of(), 3))
        .isInstanceOf(PlanException.class)
        .hasMessageContaining("unknown topic 'no-such-topic'")
        .hasMessageContaining("(topics: ");
  }

  /** A scenario whose L6 main rubric has one point of its own and {@code f} as its follow-up. */
  private static Scenario withFollowUp(String id, FollowUp f) {
    LevelSpec l6 =
        new LevelSpec(
            "Prompt",
            "",
            10,
            List.of(TestBank.point(id + "-own", "analysis", 1, id + "-own")),
            List.of(f),
            "m");
    return new Scenario(
        id, "Title " + id, "topic", List.of(), "", Map.of(Level.L6, l6), "q/" + id + ".yaml", "ab");
  }

  private static Bank bank(Map<String, List<String>> points) {
    List<Scenario> scenarios =
        points.entrySet().stream()
            .sorted(Map.Entry.comparingByKey())
            .map(
                e ->
                    new Scenario(
                        e.getKey(),
                        "Title " + e.getKey(),
                        "topic",
                        List.of(),
                        "",
                        Map.of(
                            Level.L6,
                            new LevelSpec(
                                "Prompt",
                                "",
                                10,
                                e.getValue().stream()
                                    .map(id -> TestBank.point(id, "analysis", 1, id))
                                    .toList(),
                                List.of(),
                                "m")),
                        "q/" + e.getKey() + ".yaml",
                        "ab"))
            .toList();
    return new Bank("test", scenarios, Glossary.EMPTY);
  }
}
