package dev.mockloop.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockloop.bank.Level;
import dev.mockloop.engine.FakeScorer;
import dev.mockloop.engine.TestBank;
import dev.mockloop.scoring.Evidence;
import dev.mockloop.scoring.PointResult;
import dev.mockloop.scoring.ScoreCard;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A quantity point named without a number shows the words that did not count, and why. */
class UnquantifiedLineTest {
  @Test
  void theCardSaysTheMentionNeededANumberOfTheAnswersOwn() {
    ScoreCard scored = new FakeScorer().scoreMain("", TestBank.dynamo(), Level.L6);
    PointResult missed =
        new PointResult(
            "current-spend",
            "Counts what the duplicated pipelines cost today",
            "cost",
            4,
            false,
            List.of(),
            List.of(),
            "Count today's spend",
            "",
            List.of(),
            List.of(new Evidence(20, 27, "already", "already")));
    ScoreCard card =
        new ScoreCard(
            scored.score(),
            List.of(missed),
            scored.dimensions(),
            scored.signals(),
            scored.flags(),
            null,
            scored.said());
    List<String> lines = ScoreReport.of("answer", card).stream().map(ReportLine::text).toList();
    assertThat(lines)
        .anyMatch(
            l -> l.contains("named without a number of your own, so not counted: \"already\""));
  }
}
