package dev.mockloop.tui;

import dev.mockloop.engine.AnswerMarks;
import dev.mockloop.scoring.ScoreCard;
import java.util.List;

/**
 * An answer as spans with every covered point's evidence highlighted: {@link AnswerMarks} (shared
 * with the results screen and line mode) in this theme's styles. For the review browser.
 */
final class Highlight {
  private Highlight() {}

  static List<Span> spans(String answer, ScoreCard card, Theme t) {
    return ResultsText.spans(List.of(AnswerMarks.of(answer, card)), t).get(0);
  }
}
