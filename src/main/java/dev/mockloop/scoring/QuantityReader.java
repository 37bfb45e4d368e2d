package dev.mockloop.scoring;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quantified facts: a number with a unit ("4ms", "100K QPS", "99.9%", "$0.25", "3 engineers",
 * "two teams"), also with one word between them ("four platform engineers"), a timeline mark
 * ("Months 0-6", "week 2") and a duration said with an article ("about a day", "within a year"),
 * returned as written in the answer. Numbers and units that restate the question do not count.
 */
final class QuantityReader {
  static final int MAX_FACTS = 40;

  private QuantityReader() {}

  /** The facts of a design answer: every form above. */
  static List<String> facts(AnalyzedAnswer a) {
    return facts(a, true);
  }

  /**
   * The facts of an answer; {@code plain} false keeps to a number before its unit, as a story is
   * read (docs/scoring.md: the behavioural bonuses were fitted on that reading, and "a year later"
   * in a story is not a specific).
   */
  static List<String> facts(AnalyzedAnswer a, boolean plain) {
    List<Word> words = a.words;
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < words.size() && out.size() < MAX_FACTS) {
      Word w = words.get(i);
      int end = quantityEnd(a, i, plain);
      if (end < 0 && plain) {
        end = spanWithoutDigitsFirst(a, i);
      }
      if (end >= 0 && a.echoWord(i)) {
        i = end + 1;
      } else if (end >= 0) {
        int start =
            i > 0 && words.get(i - 1).text().equals("$") && words.get(i - 1).end() == w.start()
                ? words.get(i - 1).start()
                : w.start();
        out.add(a.text.substring(start, words.get(end).end()));
        i = end + 1;
      } else {
        i++;
      }
    }
    return out;
  }

  /** Whether word {@code i} starts a quantity: a number with its unit, as {@link #facts} reads. */
  static boolean startsFact(AnalyzedAnswer a, int i) {
    return quantityEnd(a, i, true) >= 0;
  }

  /** The index of the last word of a quantity starting at word i, or -1. */
  private static int quantityEnd(AnalyzedAnswer a, int i, boolean plain) {
    Word w = a.words.get(i);
    boolean number = w.kind() == Word.Kind.NUMBER;
    boolean spelled = Vocabulary.NUMBER_WORDS.contains(w.lower());
    if (!number && !spelled) {
      return -1;
    }
    String suffix = number ? suffix(w.lower()) : "";
    if (!suffix.isEmpty() && Vocabulary.UNITS.contains(suffix)) {
      boolean multiplier =
          suffix.equals("k") || suffix.equals("m") || suffix.equals("b") || suffix.equals("bn");
      return multiplier && unitAfter(a, i) ? i + 1 : i;
    }
    boolean dollars = i > 0 && a.words.get(i - 1).text().equals("$");
    if (unitAfter(a, i)) {
      return unitAfter(a, i + 1) ? i + 2 : i + 1;
    }
    if (plain && modifier(a, i + 1) && unitAfter(a, i + 1)) {
      return i + 2;
    }
    if (plain && !dollars && rateAfter(a, i)) {
      return i + 2;
    }
    // "one retry a second", "two deploys a day": a count of something per unit of time
    if (plain && !dollars && modifier(a, i + 1) && rateAfter(a, i + 1)) {
      return i + 3;
    }
    return number && dollars ? i : -1;
  }

  /** What follows the digits of a number word: "ms" in "4ms", "" in "100". */
  private static String suffix(String word) {
    int k = 0;
    while (k < word.length()
        && (Character.isDigit(word.charAt(k)) || word.charAt(k) == '.' || word.charAt(k) == ',')) {
      k++;
    }
    return word.substring(k);
  }

  // spotless:off
  private static final WordSet TIMELINE = WordSet.copyOf(java.util.List.of(
      "month", "months", "week", "weeks", "day", "quarter", "year", "q", "m", "wk", "mo"));
  private static final WordSet ARTICLE_UNITS = WordSet.copyOf(java.util.List.of(
      "hour", "day", "week", "month", "quarter", "year"));
  // spotless:on

  /**
   * A quantity that does not start with its number: a timeline mark ("Months 0-6", "week 2") or a
   * duration with an article ("about a day", "within a year"), the last word's index or -1.
   */
  private static int spanWithoutDigitsFirst(AnalyzedAnswer a, int i) {
    if (i + 1 >= a.words.size() || a.shape.sentence[i + 1] != a.shape.sentence[i]) {
      return -1;
    }
    Word w = a.words.get(i);
    Word next = a.words.get(i + 1);
    if (TIMELINE.contains(w.lower()) && next.kind() == Word.Kind.NUMBER && !a.echoWord(i + 1)) {
      return i + 1;
    }
    boolean article = w.lower().equals("a") || w.lower().equals("an");
    // "$5K a month", "two deploys a day": the rate of the quantity before it, not a second fact
    boolean rate =
        i > 0
            && (a.words.get(i - 1).kind() == Word.Kind.NUMBER
                || Vocabulary.UNITS.contains(a.words.get(i - 1).lower()));
    return article && !rate && ARTICLE_UNITS.contains(next.lower()) && !a.echoWord(i + 1)
        ? i + 1
        : -1;
  }

  /** A word that may sit between a number and its unit: "four platform engineers". */
  private static boolean modifier(AnalyzedAnswer a, int i) {
    if (i >= a.words.size() || a.shape.sentence[i] != a.shape.sentence[i - 1]) {
      return false;
    }
    Word w = a.words.get(i);
    return w.kind() == Word.Kind.WORD
        && !TextAnalyzer.STOP_WORDS.contains(w.lower())
        && !w.lower().equals("per")
        && !Vocabulary.UNITS.contains(w.lower());
  }

  /** A rate after a number: "50 a second", "3 per day", "0.0005 per account". */
  private static boolean rateAfter(AnalyzedAnswer a, int i) {
    if (i + 2 >= a.words.size() || a.shape.sentence[i + 2] != a.shape.sentence[i]) {
      return false;
    }
    String per = a.words.get(i + 1).lower();
    String unit = a.words.get(i + 2).lower();
    return (per.equals("per") || per.equals("a") || per.equals("an"))
        && (Vocabulary.UNITS.contains(unit) || Vocabulary.UNITS.contains(unit + "s"));
  }

  private static boolean unitAfter(AnalyzedAnswer a, int i) {
    if (i + 1 >= a.words.size() || a.shape.sentence[i + 1] != a.shape.sentence[i]) {
      return false;
    }
    Word next = a.words.get(i + 1);
    int gap = next.start() - a.words.get(i).end();
    return gap <= 2 && Vocabulary.UNITS.contains(next.lower());
  }
}
