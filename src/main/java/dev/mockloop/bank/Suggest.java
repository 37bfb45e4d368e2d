package dev.mockloop.bank;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean" suggestions: the closest candidate by edit distance, when it is close enough. */
public final class Suggest {
  private Suggest() {}

  /**
   * The candidate nearest to {@code typed}, ignoring case, '-' and '_', when the edit distance is
   * at most a third of the longer word (2 for short words); failing that, the only candidate that
   * contains what was typed ("dynamo" for "dynamodb-vs-rds").
   */
  public static Optional<String> nearest(String typed, Collection<String> candidates) {
    String t = fold(typed);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int d = distance(t, fold(candidate));
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    int allowed = Math.max(2, Math.max(t.length(), best.length()) / 3);
    if (bestDistance <= allowed && bestDistance < t.length()) {
      return Optional.of(best);
    }
    return onlyOneContaining(t, candidates);
  }

  /** The one candidate that contains {@code folded} (3+ characters), if exactly one does. */
  private static Optional<String> onlyOneContaining(String folded, Collection<String> candidates) {
    if (folded.length() < 3) {
      return Optional.empty();
    }
    List<String> hits = candidates.stream().filter(c -> fold(c).contains(folded)).limit(2).toList();
    return hits.size() == 1 ? Optional.of(hits.get(0)) : Optional.empty();
  }

  /** "; did you mean 'x'?" or an empty string. */
  public static String didYouMean(String typed, Collection<String> candidates) {
    return nearest(typed, candidates).map(s -> "; did you mean '" + s + "'?").orElse("");
  }

  private static String fold(String s) {
    return s.toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Levenshtein distance with adjacent transpositions counted as one edit. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int best = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          best = Math.min(best, d[i - 2][j - 2] + 1);
        }
        d[i][j] = best;
      }
    }
    return d[a.length()][b.length()];
  }
}
