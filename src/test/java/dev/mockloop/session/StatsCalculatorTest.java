package dev.mockloop.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockloop.bank.Level;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StatsCalculatorTest {
  // spotless:off
  private static final List<Transcripts.P> L7_RUBRIC = List.of(
      new Transcripts.P("tco", "cost", 2, "tco"),
      new Transcripts.P("roadmap", "strategy", 3, "roadmap"));
  // spotless:on

  private static History history() {
    Instant w1 = Instant.parse("2026-11-02T09:00:00Z"); // a Monday
    Instant w2 = Instant.parse("2026-11-12T09:00:00Z"); // Thursday of the next week
    Transcript a = Transcripts.dynamo("2026-11-02T0900-aaaaaa", "2026-11-02T09:00:00Z", "p99");
    Transcript b =
        Transcripts.dynamo("2026-11-03T0900-bbbbbb", "2026-11-03T09:00:00Z", "p99 and cost");
    Transcript c =
        Transcripts.session(
            "2026-11-12T0900-cccccc",
            Level.L7,
            w2,
            Transcripts.round("platform", "strategy", "roadmap only", 600, w2, L7_RUBRIC),
            Transcripts.round("migration", "strategy", "tco and roadmap", 300, w2, L7_RUBRIC));
    Transcript unscored =
        new Transcript(
            Transcript.SCHEMA,
            "2026-11-04T0900-dddddd",
            Level.L6,
            w1,
            null,
            SessionStatus.ABANDONED,
            null,
            List.of("x"),
            List.of(
                new TranscriptRound(
                    "x",
                    "",
                    "X",
                    "databases",
                    "",
                    "",
                    10,
                    "main",
                    null,
                    List.of(),
                    new Draft("main", "typing", 120, w1),
                    null)));
    return new History(
        List.of(c, b, a, unscored).stream().map(Summaries::of).toList(), List.of(), Map.of());
  }

  @Test
  void countsSessionsMinutesAndAveragesPerLevelAndDimension() {
    Stats s = StatsCalculator.of(history(), ZoneOffset.UTC, 5);

    assertThat(s.sessions()).isEqualTo(4);
    assertThat(s.rounds()).isEqualTo(4);
    assertThat(s.seconds()).isEqualTo(300 + 300 + 600 + 300 + 120);
    assertThat(s.minutes()).isEqualTo(27);
    Stats.LevelStats l6 = s.levels().get(0);
    assertThat(l6.level()).isEqualTo(Level.L6);
    assertThat(l6.rounds()).isEqualTo(2);
    // 42 (p99 only: 3/7) and 71 (p99 + cost: 5/7)
    assertThat(l6.averageScore()).isEqualTo(57);
    assertThat(l6.dimensions())
        .extracting(d -> d.dimension() + " " + d.percent())
        .containsExactly("analysis 100", "design 0", "trade-offs 50");
    Stats.LevelStats l7 = s.levels().get(1);
    assertThat(l7.averageScore()).isEqualTo(80); // 60 and 100
    assertThat(l7.dimensions())
        .extracting(d -> d.dimension() + " " + d.earned() + "/" + d.possible())
        .containsExactly("strategy 6/6", "cost 2/4");
  }

  @Test
  void trendsBySessionAndByWeek() {
    Stats s = StatsCalculator.of(history(), ZoneOffset.UTC, 5);

    assertThat(s.bySession()).extracting(Stats.SessionScore::score).containsExactly(42, 71, 80);
    assertThat(s.byWeek())
        .extracting(w -> w.monday() + " " + w.sessions() + " " + w.averageScore())
        .containsExactly(LocalDate.parse("2026-11-02") + " 2 57", "2026-11-09 1 80");
  }

  @Test
  void mostMissedPointsFirst() {
    Stats s = StatsCalculator.of(history(), ZoneOffset.UTC, 3);

    // most misses first, then the larger share of the rounds that asked the point
    assertThat(s.mostMissed())
        .extracting(
            m ->
                m.level() + " " + m.scenario() + " " + m.key() + " " + m.missed() + "/" + m.asked())
        .containsExactly(
            "L6 dynamodb-vs-rds query-patterns 2/2",
            "L7 platform tco 1/1",
            "L6 dynamodb-vs-rds cost 1/2");
  }

  /**
   * Two scenarios with a point of the same id that asks different things: each is counted, and
   * said, in its own scenario, never merged into the other's.
   */
  @Test
  void aPointIdSharedByTwoScenariosIsTwoPoints() {
    Instant at = Instant.parse("2026-11-02T09:00:00Z");
    List<Transcripts.P> rubric =
        List.of(new Transcripts.P("consistency", "trade-offs", 1, "quorum"));
    Transcript dynamo =
        Transcripts.session(
            "2026-11-02T0900-aaaaaa",
            Level.L6,
            at,
            Transcripts.round("dynamodb-vs-rds", "databases", "none", 300, at, rubric));
    Transcript again =
        Transcripts.session(
            "2026-11-03T0900-bbbbbb",
            Level.L6,
            at.plusSeconds(86_400),
            Transcripts.round("dynamodb-vs-rds", "databases", "none", 300, at, rubric),
            Transcripts.round("multi-region-failover", "resilience", "quorum", 300, at, rubric));
    Transcript failover =
        Transcripts.session(
            "2026-11-04T0900-cccccc",
            Level.L6,
            at.plusSeconds(2 * 86_400),
            Transcripts.round("multi-region-failover", "resilience", "none", 300, at, rubric));
    History h =
        new History(
            List.of(dynamo, again, failover).stream().map(Summaries::of).toList(),
            List.of(),
            Map.of(
                "dynamodb-vs-rds|L6|consistency", "Decides the consistency model",
                "multi-region-failover|L6|consistency", "Explains the consistency trade-off"));

    Stats s = StatsCalculator.of(h, ZoneOffset.UTC, 5);

    assertThat(s.mostMissed())
        .extracting(
            m -> m.scenario() + " " + m.key() + " " + m.missed() + "/" + m.asked() + " " + m.text())
        .containsExactly(
            "dynamodb-vs-rds consistency 2/2 Decides the consistency model",
            "multi-region-failover consistency 1/2 Explains the consistency trade-off");
  }

  @Test
  void filteredToOneLevel() {
    Stats s = StatsCalculator.of(history().filter(Level.L7, null), ZoneOffset.UTC, 5);

    assertThat(s.sessions()).isEqualTo(1);
    assertThat(s.levels()).extracting(Stats.LevelStats::level).containsExactly(Level.L7);
    // tco is its own point in each scenario: missed in platform, covered in migration
    assertThat(s.mostMissed())
        .extracting(m -> m.scenario() + " " + m.key())
        .containsExactly("platform tco");
    assertThat(s.mostMissed().get(0).percent()).isEqualTo(100);
  }

  @Test
  void emptyHistoryGivesZeroes() {
    Stats s = StatsCalculator.of(new History(List.of(), List.of(), Map.of()), ZoneOffset.UTC, 5);
    assertThat(s.sessions()).isZero();
    assertThat(s.levels()).isEmpty();
    assertThat(s.bySession()).isEmpty();
    assertThat(s.mostMissed()).isEmpty();
  }
}
