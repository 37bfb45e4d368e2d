package dev.mockloop.scoring;

/**
 * One analyzed token: its normalized term, the text it came from and where.
 *
 * @param term the term after number normalization, lower-casing, stemming and synonyms
 * @param surface the original text of the span, lower-cased, for typo matching
 * @param start first char in the original text, inclusive
 * @param end last char, exclusive
 * @param stop a function word ("the", "of", "not"), skipped freely inside a phrase match
 * @param synonym a glossary group's canonical term, matched exactly
 */
record Token(String term, String surface, int start, int end, boolean stop, boolean synonym) {
  /** Whether typo-tolerant matching may apply: not a synonym, no digits, long enough. */
  boolean fuzzable() {
    if (synonym || surface.length() < Fuzzy.MIN_LENGTH) {
      return false;
    }
    for (int i = 0; i < surface.length(); i++) {
      if (Character.isDigit(surface.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
