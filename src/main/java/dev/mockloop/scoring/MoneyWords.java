package dev.mockloop.scoring;

import java.util.List;
import java.util.Locale;

/**
 * Money said without a currency: "2.4 million a year", "600 thousand a month", "300K per year", "a
 * saving of 1.5 million". A number written with a scale (thousand, million, billion, K, M, B) is
 * money when a period follows it ("a year", "per month", "annually") or a money word stands just
 * before it ("cost", "saving", "budget", "spend", "worth"). A count of things ("2 million requests
 * a month") is not: the period must follow the number itself.
 */
final class MoneyWords {
  private static final WordSet PERIODS = WordSet.of("year", "yr", "month", "quarter", "annum");
  private static final WordSet PER = WordSet.of("a", "per", "each", "every");
  private static final WordSet PERIODIC = WordSet.of("annually", "monthly", "yearly");
  private static final String[] MONEY_STEMS = {
    "cost", "sav", "spend", "spent", "budget", "pay", "paid", "worth", "bill", "price", "revenue",
    "fund", "invest", "charg", "fee", "tco", "opex", "capex", "salar", "loss"
  };

  private MoneyWords() {}

  static boolean saidAsMoney(AnalyzedAnswer a, int t) {
    List<Token> tokens = a.tokens;
    if (!scaled(tokens.get(t).surface())) {
      return false;
    }
    int sentence = a.sentenceOf(t);
    if (t + 1 < tokens.size() && a.sentenceOf(t + 1) == sentence) {
      String next = tokens.get(t + 1).surface().toLowerCase(Locale.ROOT);
      if (PERIODIC.contains(next)) {
        return true;
      }
      if (PER.contains(next)
          && t + 2 < tokens.size()
          && a.sentenceOf(t + 2) == sentence
          && PERIODS.contains(tokens.get(t + 2).term())) {
        return true;
      }
    }
    for (int b = t - 1; b >= Math.max(0, t - 3) && a.sentenceOf(b) == sentence; b--) {
      String w = tokens.get(b).surface().toLowerCase(Locale.ROOT);
      for (String stem : MONEY_STEMS) {
        if (w.startsWith(stem)) {
          return true;
        }
      }
    }
    return false;
  }

  /** "2.4 million", "600 thousand", "300K", "1.5M", "2bn": a number with a scale. */
  static boolean scaled(String surface) {
    String s = surface.toLowerCase(Locale.ROOT);
    if (s.contains("thousand") || s.contains("million") || s.contains("billion")) {
      return true;
    }
    int end = s.length();
    while (end > 0 && Character.isLetter(s.charAt(end - 1))) {
      end--;
    }
    String suffix = s.substring(end);
    return end > 0
        && Character.isDigit(s.charAt(end - 1))
        && (suffix.equals("k")
            || suffix.equals("m")
            || suffix.equals("mm")
            || suffix.equals("b")
            || suffix.equals("bn"));
  }
}
