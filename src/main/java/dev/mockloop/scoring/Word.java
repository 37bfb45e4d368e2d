package dev.mockloop.scoring;

/**
 * One word of an answer as the scanner found it.
 *
 * @param start first char (UTF-16 index into the original text), inclusive
 * @param end last char, exclusive
 * @param text the word as written, with curly apostrophes made straight
 * @param lower the text lower-cased
 * @param kind what sort of word it is
 */
record Word(int start, int end, String text, String lower, Kind kind) {
  Word(int start, int end, String text, Kind kind) {
    this(start, end, text, text.toLowerCase(java.util.Locale.ROOT), kind);
  }

  /** Letters (possibly with digits), a number (starts with a digit), one ideograph, or % / $. */
  enum Kind {
    WORD,
    NUMBER,
    IDEOGRAPH,
    SYMBOL
  }
}
