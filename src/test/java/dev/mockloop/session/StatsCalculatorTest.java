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
  void mostMissedPointsAcrossScenariosFirst() {
    Stats s = StatsCalculator.of(history(), ZoneOffset.UTC, 2);

    assertThat(s.mostMissed())
        .extracting(
            m ->
                m.level()
                    + " "
                    + m.pointId()
                    + " "
                    + m.missed()
                    + "/"
                    + m.asked()
                    + " "
                    + m.scenarios())
        .containsExactly(
            "L6 query-patterns 2/2 [dynamodb-vs-rds]", "L6 cost 1/2 [dynamodb-vs-rds]");
  }

  @Test
  void filteredToOneLevel() {
    Stats s = StatsCalculator.of(history().filter(Level.L7, null), ZoneOffset.UTC, 5);

    assertThat(s.sessions()).isEqualTo(1);
    assertThat(s.levels()).extracting(Stats.LevelStats::level).containsExactly(Level.L7);
    assertThat(s.mostMissed()).extracting(Stats.MissedPoint::pointId).containsExactly("tco");
    assertThat(s.mostMissed().get(0).percent()).isEqualTo(50);
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
