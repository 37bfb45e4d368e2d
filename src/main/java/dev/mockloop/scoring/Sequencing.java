package dev.mockloop.scoring;

import java.util.List;

/**
 * A plan told in steps: "warn first, reject later", "advisory now, enforced later". The later step
 * of such a sequence is planned work, not an idea deferred indefinitely ({@link DismissalWords}).
 */
final class Sequencing {
  private static final WordSet STARTS = WordSet.of("first", "now", "initially", "today");

  private Sequencing() {}

  /** True when a sequence's first step is named earlier in word j's sentence. */
  static boolean startedBefore(List<Word> words, Shape shape, int j) {
    for (int k = j - 1; k >= 0 && shape.sentence[k] == shape.sentence[j]; k--) {
      if (STARTS.contains(words.get(k).lower())) {
        return true;
      }
    }
    return false;
  }
}
