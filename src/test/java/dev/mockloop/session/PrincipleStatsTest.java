package dev.mockloop.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockloop.bank.Level;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PrincipleStatsTest {
  private static SessionSummary session(String id, int day, String scenario, String... missed) {
    Instant at = Instant.parse("2026-11-0" + day + "T09:00:00Z");
    List<PointMark> points = List.of(missed).stream().map(k -> new PointMark(k, false)).toList();
    RoundSummary r =
        new RoundSummary(
            scenario, scenario, "behavioral", 40, 300, false, List.of(), points, "ownership");
    return new SessionSummary(
        id, Level.L6, SessionStatus.COMPLETED, at, at.plusSeconds(600), 1, List.of(r));
  }

  /**
   * Two questions on one principle both have a point {@code result} that asks different things: the
   * most-missed point is one question's, counted and said in its own words.
   */
  @Test
  void theMostMissedPointIsOneScenariosPointNotAnIdSharedAcrossThem() {
    History h =
        new History(
            List.of(
                session("2026-11-01T0900-aaaaaa", 1, "took-over-a-failing-service", "result"),
                session("2026-11-02T0900-bbbbbb", 2, "took-over-a-failing-service", "result"),
                session("2026-11-03T0900-cccccc", 3, "fixed-what-was-not-yours", "result")),
            List.of(),
            Map.of(
                "took-over-a-failing-service|L6|result", "Says what the service's uptime became",
                "fixed-what-was-not-yours|L6|result", "Says who owns the fix now"));

    List<PrincipleStats> stats = PrincipleStats.of(h);

    assertThat(stats)
        .extracting(p -> p.mostMissed() + " " + p.missed() + " " + p.mostMissedText())
        .containsExactly("result 2 Says what the service's uptime became");
  }
}
