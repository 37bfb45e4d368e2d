package dev.mockloop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockloop.bank.Level;
import dev.mockloop.report.StatsReport;
import dev.mockloop.session.PrincipleStats;
import dev.mockloop.session.RoundSummary;
import dev.mockloop.session.SessionStatus;
import dev.mockloop.session.SessionSummary;
import dev.mockloop.session.Stats;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** `review list` and `review stats` at 60 and 80 columns: rounds listed, words never cut. */
class ReviewWidthTest {
  private static RoundSummary round(String id, String title, Integer score) {
    return new RoundSummary(id, title, "reliability", score, 600, false, List.of(), List.of());
  }

  private static final SessionSummary LOOP =
      new SessionSummary(
          "2026-11-29T0812-k3x9qa",
          Level.L7,
          SessionStatus.COMPLETED,
          Instant.parse("2026-11-29T08:12:00Z"),
          null,
          3,
          List.of(
              round(
                  "circuit-breaker",
                  "Circuit breakers for a payments dependency that times" + " out under peak load",
                  71),
              round("survive-az", "Surviving the loss of an" + " availability zone", 64),
              round("dedupe", "Deduplicating events", null)));
  private static final SessionSummary SINGLE =
      new SessionSummary(
          "2026-11-28T0700-aaaaaa",
          Level.L6,
          SessionStatus.COMPLETED,
          Instant.parse("2026-11-28T07:00:00Z"),
          null,
          1,
          List.of(round("dynamodb-vs-rds", "DynamoDB vs RDS at 100K QPS", 81)));

  @ParameterizedTest
  @ValueSource(ints = {60, 80})
  void aLoopListsItsRoundsEachFittingTheWidth(int width) {
    String table = ReviewListTable.of(List.of(LOOP, SINGLE), List.of(), width);
    assertThat(table.lines()).allMatch(l -> l.length() <= width, "at most " + width);
    assertThat(table)
        .contains(
            "    1. Circuit breakers",
            "    2. Surviving the loss of an" + " availability zone · 64",
            "    3. Deduplicating events · not scored",
            "2 sessions");
    assertThat(table.lines().filter(l -> l.contains("Circuit breakers")).findFirst().orElseThrow())
        .as("the title is cut at a word, the score kept")
        .endsWith("... · 71");
    assertThat(table).doesNotContain("(s)");
  }

  @ParameterizedTest
  @ValueSource(ints = {60, 80})
  void statsWrapOnWordsAndCountWithPlurals(int width) {
    String text =
        "Name the failure domain, the blast radius and the fallback before choosing"
            + " thresholds; say how the breaker half-opens and what the caller sees meanwhile.";
    Stats stats =
        new Stats(
            1,
            1,
            60,
            List.of(new Stats.LevelStats(Level.L7, 1, 71, List.of())),
            List.of(new Stats.SessionScore(Level.L7, LOOP.startedAt(), 71)),
            List.of(new Stats.WeekScore(LocalDate.parse("2026-11-23"), 1, 71)),
            List.of(new Stats.MissedPoint(Level.L7, "circuit-breaker", "fallback", text, 1, 1)),
            List.of(new PrincipleStats("have-backbone", 1, 40, "disagree-openly", text, 1)));
    String out = ReportText.render(StatsReport.of(stats, null, width), width, false);
    assertThat(out)
        .contains(
            "1 session, 1 scored round, 1 minute answering",
            "over 1 round",
            "most missed (1 time): ",
            "Have Backbone")
        .as("a principle and its point by name, not by id")
        .doesNotContain("disagree-openly")
        .doesNotContain("have-backbone")
        .doesNotContain("(s)")
        .doesNotContain("...");
    assertThat(out.lines()).allMatch(l -> l.length() <= width, "at most " + width);
    String words = String.join(" ", out.lines().map(String::strip).toList());
    assertThat(words).contains(text);
  }

  @Test
  void cutEndsAtAWordWithAnEllipsis() {
    assertThat(ReviewListTable.cut("Surviving the loss of an availability zone", 24))
        .isEqualTo("Surviving the loss of...");
  }
}
