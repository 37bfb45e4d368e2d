package dev.mockloop.scoring;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.CharArraySet;

/**
 * The vocabulary {@link NumberFilter} reads numbers with: digits with or without thousands
 * separators, suffix and word multipliers ("100k", "3 million"), ordinal suffixes, numbers spelled
 * out ("twenty five", "a dozen", "half") and duration units, each mapped to one canonical unit
 * (years are months, weeks are days, hours are minutes).
 */
final class NumberWords {
  private static final Pattern PLAIN = Pattern.compile("\\d+(\\.\\d+)?");
  private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?");

  /** Multipliers written against the digits ("100K", "2bn"). */
  static final Map<String, BigDecimal> SUFFIX_MULTIPLIERS =
      Map.of(
          "k",
          BigDecimal.TEN.pow(3),
          "m",
          BigDecimal.TEN.pow(6),
          "mm",
          BigDecimal.TEN.pow(6),
          "b",
          BigDecimal.TEN.pow(9),
          "bn",
          BigDecimal.TEN.pow(9));

  /** Multipliers written as the next word ("100 thousand", "3 million"). */
  static final Map<String, BigDecimal> WORD_MULTIPLIERS =
      Map.of(
          "k",
          BigDecimal.TEN.pow(3),
          "thousand",
          BigDecimal.TEN.pow(3),
          "m",
          BigDecimal.TEN.pow(6),
          "million",
          BigDecimal.TEN.pow(6),
          "mn",
          BigDecimal.TEN.pow(6),
          "b",
          BigDecimal.TEN.pow(9),
          "bn",
          BigDecimal.TEN.pow(9),
          "billion",
          BigDecimal.TEN.pow(9),
          "trillion",
          BigDecimal.TEN.pow(12),
          "hundred",
          BigDecimal.TEN.pow(2));

  static final Set<String> ORDINALS = Set.of("st", "nd", "rd", "th");

  /** Numbers written in words: "zero" to "nineteen", the tens, "dozen"; "half" is 50. */
  static final Map<String, Integer> SPELLED = spelled();

  /**
   * False only for a word that cannot be a number written in words: all ASCII and, lower-cased, not
   * one of {@link #SPELLED}. The rest go through {@link NumberFilter}.
   */
  static boolean maybeSpelled(char[] b, int n) {
    for (int i = 0; i < n; i++) {
      if (b[i] >= 128) {
        return true;
      }
    }
    if (n < SPELLED_MIN || n > SPELLED_MAX) {
      return false;
    }
    char first = b[0];
    first = first >= 'A' && first <= 'Z' ? (char) (first + 32) : first;
    return first >= 'a'
        && first <= 'z'
        && (SPELLED_FIRST & 1L << (first - 'a')) != 0
        && SPELLED_CHARS.contains(b, 0, n);
  }

  private static final int SPELLED_MIN =
      SPELLED.keySet().stream().mapToInt(String::length).min().orElse(0);
  private static final int SPELLED_MAX =
      SPELLED.keySet().stream().mapToInt(String::length).max().orElse(0);

  /** A bit per first letter of {@link #SPELLED}'s words, which must all start with a-z. */
  private static final long SPELLED_FIRST = firstLetters();

  private static long firstLetters() {
    long bits = 0;
    for (String k : SPELLED.keySet()) {
      if (k.charAt(0) < 'a' || k.charAt(0) > 'z') {
        throw new IllegalStateException("maybeSpelled assumes a-z first letters: " + k);
      }
      bits |= 1L << (k.charAt(0) - 'a');
    }
    return bits;
  }

  /** {@link #SPELLED}'s words by chars, ignoring ASCII case (no string per word). */
  private static final CharArraySet SPELLED_CHARS = new CharArraySet(SPELLED.keySet(), true);

  /** Duration units, each to a canonical unit and factor: years are months, weeks days. */
  static final Map<String, Unit> DURATIONS = durations();

  /** A duration unit's canonical unit and how many of it one of this unit is. */
  record Unit(String canonical, int factor) {}

  private NumberWords() {}

  private static Map<String, Integer> spelled() {
    Map<String, Integer> m = new HashMap<>();
    String[] small = {
      "zero",
      "one",
      "two",
      "three",
      "four",
      "five",
      "six",
      "seven",
      "eight",
      "nine",
      "ten",
      "eleven",
      "twelve",
      "thirteen",
      "fourteen",
      "fifteen",
      "sixteen",
      "seventeen",
      "eighteen",
      "nineteen"
    };
    for (int i = 0; i < small.length; i++) {
      m.put(small[i], i);
    }
    String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
    for (int i = 0; i < tens.length; i++) {
      m.put(tens[i], 20 + 10 * i);
    }
    m.put("dozen", 12);
    m.put("half", 50);
    return Map.copyOf(m);
  }

  private static Map<String, Unit> durations() {
    Map<String, Unit> m = new HashMap<>();
    for (String y : new String[] {"year", "years", "yr", "yrs"}) {
      m.put(y, new Unit("month", 12));
    }
    for (String mo : new String[] {"month", "months", "mo", "mos"}) {
      m.put(mo, new Unit("month", 1));
    }
    for (String w : new String[] {"week", "weeks", "wk", "wks"}) {
      m.put(w, new Unit("day", 7));
    }
    for (String d : new String[] {"day", "days"}) {
      m.put(d, new Unit("day", 1));
    }
    for (String h : new String[] {"hour", "hours", "hr", "hrs", "h"}) {
      m.put(h, new Unit("minute", 60));
    }
    for (String mi : new String[] {"minute", "minutes", "min", "mins"}) {
      m.put(mi, new Unit("minute", 1));
    }
    return Map.copyOf(m);
  }

  /** The value of digits ("100", "2.5", "100,000"), or null when they are not a number. */
  static BigDecimal parse(String digits) {
    if (PLAIN.matcher(digits).matches()) {
      return new BigDecimal(digits);
    }
    if (GROUPED.matcher(digits).matches()) {
      return new BigDecimal(digits.replace(",", ""));
    }
    return null;
  }

  /** The one way a value is written: no trailing zeros, no exponent ("1.50" is "1.5"). */
  static String canonical(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}
