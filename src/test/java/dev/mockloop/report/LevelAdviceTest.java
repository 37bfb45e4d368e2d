package dev.mockloop.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockloop.bank.Level;
import dev.mockloop.engine.Dispute;
import dev.mockloop.engine.FakeScorer;
import dev.mockloop.engine.TestBank;
import dev.mockloop.scoring.LevelRead;
import dev.mockloop.scoring.PointResult;
import dev.mockloop.scoring.ScoreCard;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "To read as L6, add:" on the results follows the user's "I covered this" marks. */
class LevelAdviceTest {
  @Test
  void aPointTheUserMarkedCoveredIsNotAdvicedAgain() {
    ScoreCard scored = new FakeScorer().scoreMain("", TestBank.dynamo(), Level.L6);
    List<PointResult> missed = scored.points().stream().filter(p -> !p.covered()).toList();
    assertThat(missed).hasSizeGreaterThanOrEqualTo(2);
    List<String> sentences = missed.stream().map(PointResult::point).toList();
    ScoreCard card =
        new ScoreCard(
            scored.score(),
            scored.points(),
            scored.dimensions(),
            scored.signals(),
            scored.flags(),
            new LevelRead(Level.L7, Level.L6, 30, 60, List.of(), sentences),
            scored.said());
    PointResult marked = missed.get(0);
    Dispute mark = new Dispute(marked.id(), "I did say it", 0, 12, Instant.EPOCH);
    RoundResult round =
        new RoundResult(
            40,
            null,
            List.of(
                new RoundResult.Part(0, "", "", "I did say it", card, 60, false, List.of(mark))),
            null);

    List<String> text = ResultsReport.of(round, List.of()).stream().map(ReportLine::text).toList();

    int heading = text.indexOf("  To read as L6, add:");
    assertThat(heading).isPositive();
    List<String> advice =
        text.subList(heading + 1, text.size()).stream()
            .takeWhile(l -> l.startsWith("    - "))
            .toList();
    assertThat(advice).doesNotContain("    - " + marked.point());
    assertThat(advice).contains("    - " + missed.get(1).point());
  }
}
