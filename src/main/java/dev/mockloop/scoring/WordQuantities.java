package dev.mockloop.scoring;

import java.util.List;
import java.util.Locale;

/**
 * Quantities said in words that a placeholder accepts besides digits and "one" ({@link
 * Quantities}): "half a percent" is a {@code <percent>}, and "a millisecond" or "a microsecond" a
 * {@code <duration>} (only units that short: "a second region", "a minute ago" are not durations
 * anyone states as a target), as are "a few seconds", "a couple of weeks" and "for a week".
 */
final class WordQuantities {
  private static final WordSet SHORT_UNITS = WordSet.of("millisecond", "microsecond", "nanosecond");

  /** Units said after "a few" or "a couple of" ("a few seconds", "a couple of weeks"). */
  // spotless:off
  private static final WordSet PLURAL_UNITS =
      WordSet.of("milliseconds", "seconds", "minutes", "hours", "days", "weeks", "months",
          "quarters", "years", "sprints");
  /** Units a span of time takes after "for a", "within a", "under a" ("for a week"). */
  private static final WordSet UNITS =
      WordSet.of("second", "minute", "hour", "day", "week", "month", "quarter", "year", "sprint");
  /** Words before "a" that make "a week" a span of time, not a rate or a point in time. */
  private static final WordSet SPAN_LEADS =
      WordSet.of("for", "within", "under", "over", "after", "about", "roughly", "than");
  // spotless:on

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
      if (sameSentence(a, t, t + 1) && SHORT_UNITS.contains(tokens.get(t + 1).term())) {
        return new int[] {t, t + 1};
      }
      return fewOrSpan(a, t);
    }
    return null;
  }

  /**
   * "a few seconds", "a couple of weeks", and "a week" after "for", "within", "under" ... ("green
   * for a week"): a span of time without a number ("a second region", "once a week" are not).
   */
  private static int[] fewOrSpan(AnalyzedAnswer a, int t) {
    int u = t + 1;
    String next = surface(a, u);
    if (next.equals("few") || next.equals("couple")) {
      u = surface(a, u + 1).equals("of") ? u + 2 : u + 1;
      return sameSentence(a, t, u) && PLURAL_UNITS.contains(surface(a, u))
          ? new int[] {t, u}
          : null;
    }
    return t > 0 && SPAN_LEADS.contains(surface(a, t - 1)) && UNITS.contains(next)
        ? new int[] {t, u}
        : null;
  }

  private static String surface(AnalyzedAnswer a, int t) {
    return t < a.tokens.size() ? a.tokens.get(t).surface().toLowerCase(Locale.ROOT) : "";
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
