package dev.mockloop.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockloop.bank.Level;
import dev.mockloop.report.Debrief;
import dev.mockloop.report.ReportLine;
import dev.mockloop.scoring.DimensionScore;
import dev.mockloop.scoring.GradeBand;
import dev.mockloop.scoring.LevelRead;
import dev.mockloop.scoring.PointResult;
import dev.mockloop.scoring.ScoreCard;
import dev.mockloop.scoring.Signals;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The loop verdict at the level asked, and what to work on next. */
class LoopVerdictTest {
  private static ScoreCard card(int score, Level readsAs, Level asked, String weakDimension) {
    List<PointResult> points =
        List.of(
            new PointResult(
                "a", "Names the strategy", "strategy", 3, true, List.of(), List.of(), ""),
            new PointResult(
                "b",
                "Puts numbers on the three-year cost",
                weakDimension,
                4,
                false,
                List.of(),
                List.of(),
                ""));
    List<DimensionScore> dims =
        List.of(new DimensionScore("strategy", 3, 3), new DimensionScore(weakDimension, 0, 4));
    LevelRead read = new LevelRead(readsAs, asked, 50, 50, List.of(), List.of());
    return new ScoreCard(
        score,
        points,
        dims,
        new Signals(200, 10, List.of(), true, List.of(), List.of(), 0.5),
        List.of(),
        read);
  }

  @Test
  void goodAnswersOnLevelAreInclined() {
    List<ScoreCard> cards =
        List.of(card(70, Level.L7, Level.L7, "cost"), card(66, Level.L7, Level.L7, "cost"));
    assertThat(LoopVerdict.verdict(cards, Level.L7, GradeBand.of(68))).isEqualTo("Inclined at L7");
  }

  @Test
  void answersThatReadAsL6AreInclinedAtL6NotYetAtL7() {
    List<ScoreCard> cards =
        List.of(
            card(60, Level.L6, Level.L7, "cost"),
            card(55, Level.L6, Level.L7, "cost"),
            card(70, Level.L7, Level.L7, "cost"));
    assertThat(LoopVerdict.verdict(cards, Level.L7, GradeBand.of(62)))
        .isEqualTo("Inclined at L6, not yet at L7");
  }

  @Test
  void weakAnswersAreNotYetThere() {
    List<ScoreCard> cards = List.of(card(20, Level.L6, Level.L6, "metrics"));
    assertThat(LoopVerdict.verdict(cards, Level.L6, GradeBand.of(20))).isEqualTo("Not yet at L6");
  }

  private static DebriefRound round(
      int n, String scenario, int score, ScoreCard card, PrinciplesEvidenced p) {
    return new DebriefRound(n, "Title " + n, scenario, Level.L7, score, List.of(card), p, null);
  }

  @Test
  void theDebriefNamesEachRoundsBandAndWhatMovedItThenPrinciplesVerdictAndDrills() {
    DebriefRound good =
        round(
            1,
            "cost-review",
            66,
            card(66, Level.L7, Level.L7, "cost"),
            new PrinciplesEvidenced(java.util.Map.of("frugality", 2), List.of("dive-deep")));
    DebriefRound weak =
        round(
            2,
            "lp-ownership",
            30,
            card(30, Level.L7, Level.L7, "metrics"),
            new PrinciplesEvidenced(java.util.Map.of("ownership", 1), List.of("frugality")));
    List<String> text = Debrief.of(List.of(good, weak)).stream().map(ReportLine::text).toList();
    assertThat(text).startsWith("Debrief");
    assertThat(text)
        .contains(
            "  Round 1 · 4 strong (66) · Title 1",
            // both rounds' heaviest point is the weight-4 miss: it held each back
            "    - held back most by: ✗ Puts numbers on the three-year cost [cost, weight 4]",
            "  Round 2 · 2 partial (30) · Title 2",
            "    - held back most by: ✗ Puts numbers on the three-year cost [metrics, weight 4]",
            "Leadership Principles across the loop",
            "  evidenced: Frugality (2 points), Ownership (1 point)",
            // frugality was evidenced in round 1, so only dive deep is left to probe
            "  an interviewer would still probe: Dive Deep",
            "Verdict: Inclined at L7 (average 48, band 3 good)",
            "Top 2 things to work on next",
            "     drill: mockloop practice --scenario cost-review --level L7",
            "     drill: mockloop practice --scenario lp-ownership --level L7");
    // the weaker dimension over the loop (cost 0/4 and metrics 0/4 tie) keeps round order
    assertThat(text)
        .containsSubsequence(
            "  1. Puts numbers on the three-year cost [cost, missed in round 1]",
            "  2. Puts numbers on the three-year cost [metrics, missed in round 2]");
  }

  @Test
  void aCoveredHeavyPointLiftsAGoodRound() {
    PointResult heavy =
        new PointResult("h", "Sizes the fleet", "scale", 5, true, List.of(), List.of(), "");
    PointResult light =
        new PointResult("l", "Names a metric", "metrics", 5, false, List.of(), List.of(), "");
    ScoreCard c = new ScoreCard(80, List.of(light, heavy), List.of(), null, List.of(), null);
    assertThat(DebriefRound.moved(List.of(c), true)).isEqualTo(heavy);
    assertThat(DebriefRound.moved(List.of(c), false)).isEqualTo(light);
  }

  @Test
  void topThreePrefersOnePointPerDimensionThenTheHeaviestLeft() {
    List<PointResult> pts =
        List.of(
            new PointResult("a", "A", "cost", 5, false, List.of(), List.of(), ""),
            new PointResult("b", "B", "cost", 4, false, List.of(), List.of(), ""),
            new PointResult("c", "C", "scale", 2, false, List.of(), List.of(), ""),
            new PointResult("d", "D", "cost", 3, false, List.of(), List.of(), ""));
    ScoreCard c =
        new ScoreCard(
            10,
            pts,
            List.of(new DimensionScore("cost", 0, 12), new DimensionScore("scale", 0, 2)),
            null,
            List.of(),
            null);
    List<String> top =
        WorkOnNext.of(List.of(round(1, "s", 10, c, null)), 3).stream()
            .map(WorkOnNext.Item::point)
            .toList();
    assertThat(top).containsExactly("A", "B", "C");
  }

  @Test
  void aPointTheUserMarkedCoveredIsNotWorkToDoNextNorWhatHeldTheRoundBack() {
    List<PointResult> pts =
        List.of(
            new PointResult("a", "A", "cost", 5, false, List.of(), List.of(), ""),
            new PointResult("b", "B", "scale", 4, false, List.of(), List.of(), ""));
    ScoreCard c =
        new ScoreCard(
            10,
            pts,
            List.of(new DimensionScore("cost", 0, 5), new DimensionScore("scale", 0, 4)),
            null,
            List.of(),
            null);
    ScoreCard seen =
        DebriefRound.asTheUserSees(
            c,
            List.of(new Dispute("a", "I put the cost at 3 years", 0, 25, java.time.Instant.EPOCH)));

    List<String> top =
        WorkOnNext.of(List.of(round(1, "s", 10, seen, null)), 3).stream()
            .map(WorkOnNext.Item::point)
            .toList();
    assertThat(top).containsExactly("B");
    assertThat(DebriefRound.moved(List.of(seen), false).point())
        .isEqualTo("A")
        .as("the heaviest point, now covered, is what lifted it");
    assertThat(DebriefRound.moved(List.of(seen), false).covered()).isTrue();
    assertThat(seen.score()).as("the score stays the scorer's").isEqualTo(10);
    assertThat(DebriefRound.asTheUserSees(c, List.of())).isSameAs(c);
  }
}
