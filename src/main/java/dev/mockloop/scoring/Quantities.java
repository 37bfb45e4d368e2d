package dev.mockloop.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Matches the placeholders a concept group may hold: {@code <number>} any number, {@code <percent>}
 * a number with "%" or "percent", {@code <money>} a number with "$" or "dollars", {@code
 * <duration>} a number with a time unit, {@code <year>} a year said as a time ("in 2022", "since
 * 2019", "early 2021": four digits from 1980 to 2039 after one of {@link #YEAR_WORDS}). Numbers are
 * already normalized by {@link NumberFilter} ("three years" is 36 months).
 */
final class Quantities {
  // spotless:off
  private static final WordSet CURRENCY = WordSet.of("dollar", "usd", "eur", "euro", "\u20ac",
      "\u00a3", "cent");
  // spotless:on
  // spotless:off
  private static final WordSet TIME_UNITS = WordSet.of("month", "day", "dai", "minut", "minute", "ms",
      "s", "sec", "second", "millisecond", "microsecond", "quarter", "sprint", "\u00b5", "us",
      "hour", "hr", "week", "wk", "year", "yr", "min");
  // spotless:on

  /** Words before a year that make it a time ("in 2022"), not a count ("2022 requests"). */
  static final WordSet YEAR_WORDS =
      WordSet.of("in", "since", "during", "until", "early", "late", "mid", "from");

  private Quantities() {}

  static List<int[]> spans(AnalyzedAnswer a, String kind) {
    return spans(a, kind, numbers(a));
  }

  /**
   * The tokens a placeholder may start at: numbers, the word "one" and the start of a {@link
   * WordQuantities} quantity ("half a percent", "a millisecond"), in order.
   */
  static int[] numbers(AnalyzedAnswer a) {
    List<Token> tokens = a.tokens;
    int[] out = new int[8];
    int n = 0;
    for (int t = 0; t < tokens.size(); t++) {
      Token tok = tokens.get(t);
      if (isNumber(tok) || tok.surface().equalsIgnoreCase("one") || WordQuantities.starts(a, t)) {
        out = n == out.length ? Arrays.copyOf(out, 2 * n) : out;
        out[n++] = t;
      }
    }
    return Arrays.copyOf(out, n);
  }

  /** {@link #spans(AnalyzedAnswer, String)} given the answer's {@link #numbers}. */
  static List<int[]> spans(AnalyzedAnswer a, String kind, int[] numbers) {
    List<int[]> out = new ArrayList<>();
    List<Token> tokens = a.tokens;
    for (int t : numbers) {
      if (!isNumber(tokens.get(t)) && !oneBeforeAUnit(a, t, kind)) {
        int[] said = WordQuantities.span(a, t, kind);
        if (said != null) {
          out.add(said);
        }
        continue;
      }
      String next =
          t + 1 < tokens.size() && a.sentenceOf(t + 1) == a.sentenceOf(t)
              ? tokens.get(t + 1).term()
              : "";
      String prev = t > 0 ? tokens.get(t - 1).term() : "";
      switch (kind) {
        case "number" -> out.add(new int[] {t});
        case "percent" -> {
          if (next.equals("percent")) {
            out.add(new int[] {t, t + 1});
          }
        }
        case "money" -> {
          if (prev.equals("$") && tokens.get(t - 1).end() == tokens.get(t).start()) {
            out.add(new int[] {t - 1, t});
          } else if (CURRENCY.contains(next)) {
            out.add(new int[] {t, t + 1});
          } else if (MoneyWords.saidAsMoney(a, t)) {
            out.add(new int[] {t});
          }
        }
        case "duration" -> {
          if (TIME_UNITS.contains(next)) {
            out.add(new int[] {t, t + 1});
          }
        }
        case "year" -> {
          if (t > 0 && YEAR_WORDS.contains(tokens.get(t - 1).surface()) && isYear(tokens.get(t))) {
            out.add(new int[] {t - 1, t});
          }
        }
        default -> throw new IllegalArgumentException("unknown placeholder <" + kind + ">");
      }
    }
    return out;
  }

  private static boolean isYear(Token t) {
    String s = t.surface();
    return s.length() == 4
        && s.chars().allMatch(Character::isDigit)
        && (s.startsWith("198") || s.startsWith("199") || s.startsWith("20") && s.charAt(2) < '4');
  }

  /** "one percent", "one hour": the word "one" counts as a number right before a unit. */
  private static boolean oneBeforeAUnit(AnalyzedAnswer a, int t, String kind) {
    List<Token> tokens = a.tokens;
    if (!tokens.get(t).surface().equalsIgnoreCase("one")
        || t + 1 >= tokens.size()
        || a.sentenceOf(t + 1) != a.sentenceOf(t)) {
      return false;
    }
    String next = tokens.get(t + 1).term();
    return kind.equals("percent") && next.equals("percent")
        || kind.equals("duration") && TIME_UNITS.contains(next);
  }

  /** A number token, other than "one", "zero" and "half" written as words (too common). */
  static boolean isNumber(Token t) {
    return !t.term().isEmpty()
        && Character.isDigit(t.term().charAt(0))
        && !t.surface().equals("one")
        && !t.surface().equals("zero")
        && !t.surface().equals("half");
  }
}
