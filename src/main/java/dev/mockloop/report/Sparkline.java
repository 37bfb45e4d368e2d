package dev.mockloop.report;

import java.util.List;

/** Scores 0..100 as a one-line chart of block characters, on an absolute scale. */
final class Sparkline {
  private static final String LEVELS = "▁▂▃▄▅▆▇█";

  private Sparkline() {}

  static String of(List<Integer> scores) {
    StringBuilder sb = new StringBuilder(scores.size());
    for (int s : scores) {
      int i = Math.min(LEVELS.length() - 1, Math.max(0, s) * LEVELS.length() / 101);
      sb.append(LEVELS.charAt(i));
    }
    return sb.toString();
  }
}
