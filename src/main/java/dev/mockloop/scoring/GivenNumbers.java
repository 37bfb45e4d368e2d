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
   * Whether the number at {@code content.get(i)} (a term the question also has) restates the
   * question: it does unless it is small ({@link #small}) and the next content token of its
   * sentence is a unit word that never followed that number in the question.
   */
  boolean given(List<Token> tokens, List<Integer> content, int i) {
    if (i + 1 >= content.size()) {
      return true;
    }
    Token number = tokens.get(content.get(i));
    Token next = tokens.get(content.get(i + 1));
    if (!small(number.term())
        || !Vocabulary.UNITS.contains(next.surface().toLowerCase(java.util.Locale.ROOT))) {
      return true;
    }
    return followers.contains(number.term() + ' ' + next.term());
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
