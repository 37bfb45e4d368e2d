package dev.mockloop.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockloop.bank.Level;
import dev.mockloop.engine.FakeScorer;
import dev.mockloop.engine.Loop;
import dev.mockloop.engine.LoopPlan;
import dev.mockloop.engine.LoopPlanner;
import dev.mockloop.engine.MutableClock;
import dev.mockloop.engine.PlanRequest;
import dev.mockloop.engine.Round;
import dev.mockloop.engine.RoundEvent;
import dev.mockloop.engine.RoundSettings;
import dev.mockloop.engine.TestBank;
import dev.mockloop.session.Recorder;
import dev.mockloop.session.SessionStatus;
import dev.mockloop.session.Transcript;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A round's results read back from its transcript are the lines the results screen showed. */
class RoundResultTest {
  private final MutableClock clock = MutableClock.at("2026-01-05T10:00:00Z");

  @Test
  void aSavedRoundShowsExactlyTheResultsOfThePlayedOne() {
    LoopPlan plan =
        LoopPlanner.plan(
            TestBank.bank(),
            new PlanRequest(
                Level.L6,
                List.of(),
                List.of("dynamodb-vs-rds"),
                1,
                1L,
                new RoundSettings(1, 0, false)));
    Loop loop = Loop.start(plan, new FakeScorer(), clock);
    Round r = loop.current();
    clock.advanceSeconds(30);
    r.on(RoundEvent.edit("I check p99 first.\nThen the spend per month."));
    r.on(RoundEvent.submit());
    clock.advanceSeconds(5 * 60);
    r.on(RoundEvent.tick());
    int at = "I check p99 first.\n".length();
    r.on(new RoundEvent.MarkCovered(0, "cost", at, at + "Then the spend per month".length()));

    List<ReportLine> played = ResultsReport.of(r.state());
    Transcript saved =
        Recorder.transcript(
            "2026-01-05T1000-abcdef",
            clock.instant(),
            loop,
            SessionStatus.COMPLETED,
            clock.instant());
    List<ReportLine> readBack = ResultsReport.of(RoundResult.of(saved.rounds().get(0)), List.of());

    assertThat(readBack).isEqualTo(played);
    assertThat(readBack.stream().map(ReportLine::text))
        .contains(
            "  follow-up 1  04:00  (timed out: submitted at 0:00)",
            "Why it was asked: Gap: you did not cover \"Point cost\"",
            "    - covered (you said: \"Then the spend per month\"); the scorer missed it");
  }

  @Test
  void anUnscoredRoundShowsItsAnswersWithoutTotals() {
    LoopPlan plan =
        LoopPlanner.plan(
            TestBank.bank(),
            new PlanRequest(
                Level.L6,
                List.of(),
                List.of("dynamodb-vs-rds"),
                1,
                1L,
                new RoundSettings(1, 0, false)));
    Loop loop = Loop.start(plan, new FakeScorer(), clock);
    loop.current().on(RoundEvent.edit("p99 first"));
    loop.current().on(RoundEvent.submit());
    Transcript saved =
        Recorder.transcript(
            "2026-01-05T1000-abcdef",
            clock.instant(),
            loop,
            SessionStatus.ABANDONED,
            clock.instant());
    List<String> text =
        ResultsReport.of(RoundResult.of(saved.rounds().get(0)), List.of()).stream()
            .map(ReportLine::text)
            .toList();
    assertThat(text)
        .contains("Main answer  (" + saved.rounds().get(0).answer().card().score() + "/100)")
        .noneMatch(t -> t.startsWith("Score ") || t.equals("Time used"));
  }
}
