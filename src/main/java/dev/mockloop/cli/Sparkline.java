package dev.mockloop.cli;

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

  /** A bar of {@code width} cells, {@code percent} of them filled. */
  static String bar(int percent, int width) {
    int filled = (int) Math.round(Math.max(0, Math.min(100, percent)) * width / 100.0);
    return "█".repeat(filled) + "░".repeat(width - filled);
  }
}
