package dev.mockloop.scoring;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The numbers a question gave, with the words that followed each. A number the answer repeats is a
 * restatement ("the 23 uses", "$300K", "5 engineers"), unless the answer gives it a unit the
 * question never put near it: "two weeks each" or "2 engineers" is the candidate's own estimate
 * when the question only said "two incidents" or "Incident two" (numbers up to 12 only: a larger
 * one with another unit is the question's quantity said another way). Without this every small
 * number a question happens to contain ("one", "two", "6") stops counting as a quantified fact
 * anywhere in the answer.
 */
final class GivenNumbers {
  /** How many content words after a number in the question count as its unit or subject. */
  static final int REACH = 4;

  static final GivenNumbers NONE = new GivenNumbers(WordSet.EMPTY);

  /** "number followingTerm" for each number of the question and its next {@link #REACH} terms. */
  private final WordSet followers;

  private GivenNumbers(WordSet followers) {
    this.followers = followers;
  }

  /**
   * Whether the number at {@code content[i]} (a term the question also has; {@code content} holds
   * {@code size} token positions) restates the question: it does unless it is small ({@link
   * #small}) and the next content token of its sentence is a unit word that never followed that
   * number in the question.
   */
  boolean given(List<Token> tokens, int[] content, int size, int i) {
    if (i + 1 >= size) {
      return true;
    }
    Token number = tokens.get(content[i]);
    Token next = tokens.get(content[i + 1]);
    if (converted(next)) {
      // "two weeks" reads "14 days": the question's "14" means it only when said as a duration
      return followers.contains(number.term() + ' ' + next.term());
    }
    if (!small(number.term())
        || !Vocabulary.UNITS.contains(next.surface().toLowerCase(java.util.Locale.ROOT))) {
      return true;
    }
    return followers.contains(number.term() + ' ' + next.term());
  }

  /**
   * Whether a duration unit was converted ("weeks" reads "day", "years" "month"), so its number is
   * no longer the one the answer said.
   */
  private static boolean converted(Token unit) {
    String term = unit.term();
    boolean duration =
        term.startsWith("da") && term.length() <= 3
            || term.equals("month")
            || term.startsWith("minut");
    // "days" and "weeks" both read "dai" (stemmed): the first two letters tell them apart
    return duration
        && !unit.surface().toLowerCase(java.util.Locale.ROOT).startsWith(term.substring(0, 2));
  }

  /** Numbers up to this recur by chance ("two incidents", "two weeks"); larger ones do not. */
  static final double SMALL = 12;

  /**
   * Whether a number term is small enough to recur by chance. A larger one repeated with another
   * unit is the question's quantity said another way ("100K QPS" for "100,000 reads per second").
   */
  static boolean small(String term) {
    try {
      return Double.parseDouble(term.replace(",", "")) <= SMALL;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  // spotless:off
  private static final WordSet TARGET_BEFORE = WordSet.copyOf(List.of(
      "under", "below", "above", "over", "least", "most", "target", "targets", "goal", "back",
      "within", "than", "near", "hold", "keep", "stay", "slo", "sla"));
  private static final WordSet TARGET_AFTER = WordSet.copyOf(List.of(
      "below", "less", "lower", "better", "more", "higher", "above"));
  // spotless:on

  /**
   * Whether a number the question gave is set as a target where the answer repeats it ("target:
   * under 3 hours", "back near $30K or below", "at least 95%"): a target word in the two words
   * before it, or "or below", "or better" after it. Said bare ("at a 95% hit ratio") it only
   * restates the question, and a metrics point cannot use it as the candidate's number.
   */
  static boolean setAsTarget(AnalyzedAnswer a, int firstToken, int lastToken) {
    int first = a.tokenWord[firstToken];
    int last = a.tokenWord[lastToken];
    int sentence = a.shape.sentence[first];
    for (int w = first - 1; w >= Math.max(0, first - 2); w--) {
      if (a.shape.sentence[w] != sentence) {
        break;
      }
      if (TARGET_BEFORE.contains(a.words.get(w).lower())) {
        return true;
      }
    }
    return last + 2 < a.words.size()
        && a.shape.sentence[last + 2] == sentence
        && a.words.get(last + 1).lower().equals("or")
        && TARGET_AFTER.contains(a.words.get(last + 2).lower());
  }

  static final class Builder {
    private final Set<String> followers = new HashSet<>();

    void add(List<Token> tokens) {
      for (int t = 0; t < tokens.size(); t++) {
        String term = tokens.get(t).term();
        if (tokens.get(t).stop() || !Character.isDigit(term.charAt(0))) {
          continue;
        }
        int seen = 0;
        for (int u = t + 1; u < tokens.size() && seen < REACH; u++) {
          if (!tokens.get(u).stop()) {
            followers.add(term + ' ' + tokens.get(u).term());
            seen++;
          }
        }
      }
    }

    GivenNumbers build() {
      return new GivenNumbers(WordSet.copyOf(followers));
    }
  }
}
