package dev.mockloop.scoring;

import java.util.List;

/**
 * Words that announce a downside: after them, "no joins" or "without transactions" names the price
 * of a choice, which is the point a trade-off rubric asks for, not a refusal ({@link Negation}).
 */
final class Downsides {
  // spotless:off
  private static final WordSet DOWNSIDES =
      WordSet.of("trade-off", "tradeoff", "trade", "off", "downside", "downsides", "drawback",
          "drawbacks", "cost", "price", "catch", "con", "cons", "limitation", "limitations",
          "lose", "losing", "give", "giving", "means", "sacrifice");
  // spotless:on
  private static final int LOOKBACK = 4;

  private Downsides() {}

  /** Whether a downside word stands within four words before the cue at {@code cue}. */
  static boolean named(List<Word> words, int cue) {
    for (int j = Math.max(0, cue - LOOKBACK); j < cue; j++) {
      if (DOWNSIDES.contains(words.get(j).lower())) {
        return true;
      }
    }
    return false;
  }
}
