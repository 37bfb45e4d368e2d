package dev.mockloop.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockloop.bank.Bank;
import dev.mockloop.bank.Glossary;
import dev.mockloop.bank.Level;
import dev.mockloop.bank.LevelSpec;
import dev.mockloop.bank.Scenario;
import dev.mockloop.engine.Attempt;
import dev.mockloop.engine.DrillPick;
import dev.mockloop.engine.DrillPlan;
import dev.mockloop.engine.DrillPlanner;
import dev.mockloop.engine.MutableClock;
import dev.mockloop.engine.TestBank;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** History, stats and drill count a point the user marked as covered as covered. */
class UsersVerdictTest {
  private static final String ANSWER = "p99 is 3 ms. We spend about $2K a month on reads.";
  private final MutableClock clock = MutableClock.at("2026-11-29T08:00:00Z");

  @TempDir Path dir;

  /** dynamodb-vs-rds: p99 covers latency-fit; query-patterns and cost are missed. */
  private Transcript session(String id, String start, boolean disputeCost) {
    Transcript t = Transcripts.dynamo(id, start, ANSWER);
    return disputeCost
        ? Transcripts.disputed(
            t,
            0,
            "cost",
            "We spend about $2K a month on reads.",
            Instant.parse(start).plusSeconds(400))
        : t;
  }

  @Test
  void theSummaryCountsAMarkedPointAsCoveredAndItsWeightAsEarned() {
    RoundSummary plain =
        Summaries.round(
            session("2026-11-10T0900-aaaaaa", "2026-11-10T09:00:00Z", false).rounds().get(0));
    RoundSummary marked =
        Summaries.round(
            session("2026-11-10T0900-aaaaaa", "2026-11-10T09:00:00Z", true).rounds().get(0));

    assertThat(plain.missed()).extracting(PointMark::key).containsExactly("query-patterns", "cost");
    assertThat(marked.missed()).extracting(PointMark::key).containsExactly("query-patterns");
    assertThat(marked.points())
        .contains(new PointMark("cost", true, true), new PointMark("latency-fit", true, false));
    assertThat(marked.dimensions())
        .extracting(d -> d.dimension() + "=" + d.earned() + "/" + d.possible())
        .containsExactly("analysis=3/3", "design=0/2", "trade-offs=2/2");
    assertThat(marked.score()).as("the score stays the scorer's").isEqualTo(plain.score());
  }

  @Test
  void statsLeaveAMarkedPointOutOfTheMostMissed() {
    History h =
        new History(
            List.of(
                Summaries.of(session("2026-11-10T0900-aaaaaa", "2026-11-10T09:00:00Z", true)),
                Summaries.of(session("2026-11-11T0900-bbbbbb", "2026-11-11T09:00:00Z", false))),
            List.of(),
            Map.of());

    Stats s = StatsCalculator.of(h, ZoneOffset.UTC, 5);

    assertThat(s.mostMissed())
        .extracting(m -> m.key() + " " + m.missed() + "/" + m.asked())
        .containsExactly("query-patterns 2/2", "cost 1/2");
    assertThat(s.levels().get(0).dimensions())
        .extracting(d -> d.dimension() + " " + d.earned() + "/" + d.possible())
        .contains("trade-offs 2/4");
  }

  @Test
  void theIndexKeepsTheUsersVerdict() throws IOException {
    SessionStore store = new SessionStore(dir);
    store.save(session("2026-11-10T0900-aaaaaa", "2026-11-10T09:00:00Z", true));
    store.save(session("2026-11-11T0900-bbbbbb", "2026-11-11T09:00:00Z", false));

    History fresh = SessionIndex.load(store);
    History fromIndex = SessionIndex.load(store);

    assertThat(fromIndex.sessions()).isEqualTo(fresh.sessions());
    assertThat(fromIndex.sessions())
        .extracting(SessionSummary::disputed)
        .containsExactly(true, false);
    assertThat(fromIndex.sessions().get(0).rounds().get(0).points())
        .contains(new PointMark("cost", true, true));
  }

  @Test
  void drillTakesAMarkedPointOffTheWeakSpots() {
    Bank bank = new Bank("test", List.of(scenario("a"), scenario("b")), Glossary.EMPTY);
    List<Transcripts.P> rubricA = rubric("a");
    List<Transcripts.P> rubricB = rubric("b");
    Instant threeDays = clock.instant().minusSeconds(3 * 86_400);
    Instant fiveDays = clock.instant().minusSeconds(5 * 86_400);
    String answer = "a-own b-own. We watch the dashboards.";
    Transcript a =
        Transcripts.session(
            "2026-11-26T0800-aaaaaa",
            Level.L6,
            threeDays,
            Transcripts.round("a", "t", answer, 300, threeDays, rubricA));
    Transcript b =
        Transcripts.session(
            "2026-11-24T0800-bbbbbb",
            Level.L6,
            fiveDays,
            Transcripts.round("b", "t", answer, 300, fiveDays, rubricB));
    Transcript bMarked =
        Transcripts.disputed(
            b, 0, "metrics", "We watch the dashboards.", fiveDays.plusSeconds(400));

    // each scenario is a weak spot for its own miss only ("metrics" is its own point in each)
    assertThat(weakReasons(bank, a, b))
        .containsExactly(
            "b: weak spot: asks “Point metrics” (missed once)",
            "a: weak spot: asks “Point metrics” (missed once)");
    assertThat(weakReasons(bank, a, bMarked))
        .containsExactly("a: weak spot: asks “Point metrics” (missed once)");
    assertThat(history(a, bMarked).attempts())
        .extracting(Attempt::missedPoints)
        .containsExactly(List.of(), List.of("metrics"));
  }

  private List<String> weakReasons(Bank bank, Transcript... sessions) {
    DrillPlan p =
        new DrillPlanner(clock, 1).plan(bank, Level.L6, List.of(), history(sessions).attempts(), 2);
    return p.picks().stream()
        .filter(x -> x.kind() == DrillPick.Kind.WEAK)
        .map(x -> x.scenario().id() + ": " + x.reason())
        .toList();
  }

  private static History history(Transcript... sessions) {
    return new History(
        java.util.Arrays.stream(sessions).map(Summaries::of).toList(), List.of(), Map.of());
  }

  /** A heavy own point (so the score is high and the scenario not due) and "metrics". */
  private static List<Transcripts.P> rubric(String id) {
    return List.of(
        new Transcripts.P(id + "-own", "analysis", 9, id + "-own"),
        new Transcripts.P("metrics", "metrics", 1, "success metrics"));
  }

  private static Scenario scenario(String id) {
    LevelSpec l6 =
        new LevelSpec(
            "Prompt " + id,
            "",
            10,
            List.of(
                TestBank.point(id + "-own", "analysis", 5, id + "-own"),
                TestBank.point("metrics", "metrics", 1, "success metrics")),
            List.of(),
            "m");
    return new Scenario(
        id, "Title " + id, "t", List.of(), "", Map.of(Level.L6, l6), "q/" + id + ".yaml", "ab");
  }
}
