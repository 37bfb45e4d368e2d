package dev.mockloop.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockloop.bank.Level;
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
    List<PointResult> points = List.of(
        new PointResult("a", "Names the strategy", "strategy", 3, true, List.of(), List.of(), ""),
        new PointResult("b", "Puts numbers on the three-year cost", weakDimension, 4, false,
            List.of(), List.of(), ""));
    List<DimensionScore> dims = List.of(new DimensionScore("strategy", 3, 3),
        new DimensionScore(weakDimension, 0, 4));
    LevelRead read = new LevelRead(readsAs, asked, 50, 50, List.of(), List.of());
    return new ScoreCard(score, points, dims,
        new Signals(200, 10, List.of(), true, List.of(), List.of(), 0.5), List.of(), read);
  }

  @Test
  void goodAnswersOnLevelAreInclined() {
    List<ScoreCard> cards = List.of(card(70, Level.L7, Level.L7, "cost"),
        card(66, Level.L7, Level.L7, "cost"));
    assertThat(LoopVerdict.verdict(cards, Level.L7, GradeBand.of(68))).isEqualTo("Inclined at L7");
  }

  @Test
  void answersThatReadAsL6AreInclinedAtL6NotYetAtL7() {
    List<ScoreCard> cards = List.of(card(60, Level.L6, Level.L7, "cost"),
        card(55, Level.L6, Level.L7, "cost"), card(70, Level.L7, Level.L7, "cost"));
    assertThat(LoopVerdict.verdict(cards, Level.L7, GradeBand.of(62)))
        .isEqualTo("Inclined at L6, not yet at L7");
  }

  @Test
  void weakAnswersAreNotYetThere() {
    List<ScoreCard> cards = List.of(card(20, Level.L6, Level.L6, "metrics"));
    assertThat(LoopVerdict.verdict(cards, Level.L6, GradeBand.of(20))).isEqualTo("Not yet at L6");
  }

  @Test
  void theNextThingIsTheWeakestDimensionWithItsHeaviestMiss() {
    String next = LoopVerdict.next(List.of(card(50, Level.L7, Level.L7, "cost")));
    assertThat(next).startsWith("cost (0% of its points over the loop)")
        .endsWith("e.g. Puts numbers on the three-year cost");
  }
}
