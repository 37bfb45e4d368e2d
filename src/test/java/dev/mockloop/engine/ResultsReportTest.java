package dev.mockloop.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockloop.report.AnswerMarks;
import dev.mockloop.report.Format;
import dev.mockloop.report.LoopSummary;
import dev.mockloop.report.ReportLine;
import dev.mockloop.report.ReportLine.Run;
import dev.mockloop.report.ReportLine.Tone;
import dev.mockloop.report.ResultsReport;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The results both front ends show, as plain paragraphs with their tones. */
class ResultsReportTest {
  private final MutableClock clock = MutableClock.at("2026-01-05T10:00:00Z");

  private RoundState scoredRound() {
    LoopPlan plan =
        LoopPlanner.plan(
            TestBank.bank(),
            new PlanRequest(
                dev.mockloop.bank.Level.L6,
                List.of(),
                List.of("dynamodb-vs-rds"),
                1,
                1L,
                new RoundSettings(1, 0, false)));
    Loop loop = Loop.start(plan, new FakeScorer(), clock);
    Round r = loop.current();
    clock.advanceSeconds(30);
    r.on(RoundEvent.edit("I check p99 first.\nThen the access pattern."));
    r.on(RoundEvent.submit());
    clock.advanceSeconds(5 * 60);
    r.on(RoundEvent.tick());
    return r.state();
  }

  private static List<String> texts(List<ReportLine> lines) {
    return lines.stream().map(ReportLine::text).toList();
  }

  @Test
  void showsTotalsTimeCoveredAndMissedPointsAndTheAnswer() {
    RoundState s = scoredRound();
    List<ReportLine> report = ResultsReport.of(s);
    List<String> text = texts(report);
    assertThat(text.get(0)).startsWith("Score  " + s.score().score() + "/100  ");
    assertThat(text)
        .contains(
            "By dimension (main answer)",
            "Time used",
            "  main answer  00:30",
            "  follow-up 1  04:00  (timed out: submitted at 0:00)",
            "Covered 2 of 3 key points",
            "  ✓ Point latency-fit  [analysis, weight 3]",
            "    - matched: \"p99\"",
            "  ✗ Point cost  [trade-offs, weight 2]",
            "    - hint: Hint for cost",
            "Follow-up 1: How would cost change at 10x?  (0/100)",
            "Your answer, matched words highlighted:",
            "I check p99 first.\nThen the access pattern.");
    assertThat(text.stream().filter(t -> t.startsWith("  analysis"))).hasSize(1);
  }

  @Test
  void marksTheMatchedWordsOfTheAnswer() {
    RoundState s = scoredRound();
    ReportLine answer = AnswerMarks.of(s.answers().get(0).text(), s.answers().get(0).card());
    assertThat(answer.runs())
        .contains(new Run("p99", Tone.HIGHLIGHT), new Run("access pattern", Tone.HIGHLIGHT));
    assertThat(answer.text()).isEqualTo("I check p99 first.\nThen the access pattern.");
    assertThat(AnswerMarks.of("", s.answers().get(0).card()).text()).isEqualTo("(empty)");
  }

  @Test
  void tonesFollowTheScore() {
    assertThat(Format.scoreTone(85)).isEqualTo(Tone.GOOD);
    assertThat(Format.scoreTone(55)).isEqualTo(Tone.WARN);
    assertThat(Format.scoreTone(10)).isEqualTo(Tone.BAD);
    assertThat(Format.bar(0.5, 10)).isEqualTo("█████░░░░░");
  }

  @Test
  void theModelAnswersCoverTheMainQuestionAndEachFollowUpAsked() {
    assertThat(texts(ResultsReport.model(scoredRound())))
        .containsExactly(
            "Model answer",
            "Model answer: DynamoDB with DAX.",
            "",
            "Follow-up: How would cost change at 10x?",
            "Compare modes.");
  }

  @Test
  void theLoopSummaryListsRoundsAndTheTranscript() {
    scoredRound();
    LoopPlan plan =
        LoopPlanner.plan(
            TestBank.bank(), PlanRequest.single(dev.mockloop.bank.Level.L6, "cache-aside", 1L));
    Loop loop = Loop.start(plan, new FakeScorer(), clock);
    loop.current().on(RoundEvent.edit("cache-aside with a TTL"));
    loop.current().on(RoundEvent.submit());
    List<String> text = texts(LoopSummary.of(loop.rounds(), Path.of("s", "2026-x.yaml")));
    assertThat(text.get(0)).startsWith("Loop complete: average ");
    assertThat(text).anyMatch(t -> t.startsWith("  Round 1  ") && t.endsWith("Title cache-aside"));
    assertThat(text)
        .contains(
            "Transcript saved to " + Path.of("s", "2026-x.yaml"),
            "Review it later with: mockloop review show 2026-x");
  }

  @Test
  void aPointTheUserMarkedShowsAsCoveredWithTheirSentence() {
    LoopPlan plan =
        LoopPlanner.plan(
            TestBank.bank(),
            new PlanRequest(
                dev.mockloop.bank.Level.L6,
                List.of(),
                List.of("dynamodb-vs-rds"),
                1,
                1L,
                new RoundSettings(0, 0, false)));
    Round r = Loop.start(plan, new FakeScorer(), clock).current();
    r.on(RoundEvent.edit("I check p99 first.\nThen the spend\n  per month."));
    r.on(RoundEvent.submit());
    int at = "I check p99 first.\n".length();
    RoundState s =
        r.on(
            new RoundEvent.MarkCovered(0, "cost", at, at + "Then the spend\n  per month".length()));
    List<String> text = texts(ResultsReport.of(s));
    assertThat(text)
        .contains(
            "Covered 1 of 3 key points; you marked 1 more as covered",
            "  ✓ Point cost  [trade-offs, weight 2]",
            "    - covered (you said: \"Then the spend per month\"); the scorer missed it",
            "  ✗ Point query-patterns  [design, weight 2]");
    assertThat(text).doesNotContain("    - hint: Hint for cost");
  }
}
