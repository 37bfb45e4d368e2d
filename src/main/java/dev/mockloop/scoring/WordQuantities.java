package dev.mockloop.scoring;

import java.util.List;
import java.util.Locale;

/**
 * Quantities said in words that a placeholder accepts besides digits and "one" ({@link
 * Quantities}): "half a percent" is a {@code <percent>}, and "a millisecond" or "a microsecond" a
 * {@code <duration>} (only units that short: "a second region", "a minute ago" are not durations
 * anyone states as a target).
 */
final class WordQuantities {
  private static final WordSet SHORT_UNITS = WordSet.of("millisecond", "microsecond", "nanosecond");

  private WordQuantities() {}

  /** Whether such a quantity starts at token {@code t} (of any kind). */
  static boolean starts(AnalyzedAnswer a, int t) {
    String s = a.tokens.get(t).surface();
    char c = s.length() == 1 || s.length() == 2 || s.length() == 4 ? s.charAt(0) : ' ';
    return (c == 'a' || c == 'A' || c == 'h' || c == 'H') // "a", "an", "half": most words not
        && (span(a, t, "percent") != null || span(a, t, "duration") != null);
  }

  /** The span of such a quantity starting at token {@code t}, or null. */
  static int[] span(AnalyzedAnswer a, int t, String kind) {
    List<Token> tokens = a.tokens;
    String word = tokens.get(t).surface().toLowerCase(Locale.ROOT);
    if (kind.equals("percent") && word.equals("half") && Character.isDigit(first(tokens, t))) {
      // "half" is read as "50 percent" at its own place ({@link NumberWords}); "half a percent"
      // is the half of "a percent" that follows
      int article = t + 1;
      while (article < tokens.size() && tokens.get(article).start() == tokens.get(t).start()) {
        article++;
      }
      int unit = article + 1;
      return sameSentence(a, t, unit)
              && isArticle(tokens.get(article))
              && tokens.get(unit).surface().equalsIgnoreCase("percent")
          ? new int[] {t, unit}
          : null;
    }
    if (kind.equals("duration") && (word.equals("a") || word.equals("an"))) {
      return sameSentence(a, t, t + 1) && SHORT_UNITS.contains(tokens.get(t + 1).term())
          ? new int[] {t, t + 1}
          : null;
    }
    return null;
  }

  private static char first(List<Token> tokens, int t) {
    String term = tokens.get(t).term();
    return term.isEmpty() ? ' ' : term.charAt(0);
  }

  private static boolean isArticle(Token t) {
    String s = t.surface().toLowerCase(Locale.ROOT);
    return s.equals("a") || s.equals("an");
  }

  private static boolean sameSentence(AnalyzedAnswer a, int t, int u) {
    return u < a.tokens.size() && a.sentenceOf(u) == a.sentenceOf(t);
  }
}
