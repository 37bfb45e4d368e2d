package dev.mockloop.scoring;

import java.util.List;

/**
 * Sentence and clause boundaries between the words of an answer, from the punctuation and line
 * breaks in the original text. A sentence ends at {@code . ! ? ;} (not after "e.g.", "vs.", ...) or
 * a line break; a clause also ends at {@code :}, brackets and dashes, and at a comma that starts a
 * longer segment (a comma inside a short list does not end it). Also counts the words and function
 * words, which {@link WordSalad} and {@link SignalReader} both read.
 */
final class Shape {
  // spotless:off
  private static final WordSet ABBREVIATIONS =
      WordSet.of("e", "g", "i", "eg", "ie", "vs", "etc", "approx", "est", "incl", "cf", "mr", "dr");
  // spotless:on
  private static final int LIST_ITEM_WORDS = 4;

  /** Words that open a new clause after a comma however short it is ("..., with Z"). */
  // spotless:off
  private static final WordSet CLAUSE_LEADS =
      WordSet.of("with", "using", "via", "plus", "then", "so", "which", "where", "while",
          "but", "because", "since", "though", "although", "whereas");
  // spotless:on

  final int[] sentence;
  final boolean[] clauseStart;
  final boolean[] segmentStart;
  final int sentences;

  /** The words other than symbols, and how many of them are function words. */
  final int words;

  final int functionWords;

  Shape(String text, List<Word> words) {
    int n = words.size();
    sentence = new int[n];
    clauseStart = new boolean[n];
    segmentStart = new boolean[n];
    boolean[] commaBefore = new boolean[n];
    int s = 0;
    for (int i = 0; i < n; i++) {
      boolean first = i == 0;
      String gap = first ? "" : gap(text, words.get(i - 1).end(), words.get(i).start());
      boolean sentenceEnd =
          !first && endsSentence(gap, words.get(i - 1).lower(), words.get(i).text());
      if (sentenceEnd) {
        s++;
      }
      sentence[i] = s;
      clauseStart[i] = first || sentenceEnd || endsClause(gap);
      commaBefore[i] = !first && gap.indexOf(',') >= 0;
      // "w/ the team", "b/c", "w/o": a slash after a single letter abbreviates, it does not part
      segmentStart[i] =
          clauseStart[i]
              || commaBefore[i]
              || gap.contains("/") && words.get(i - 1).lower().length() > 1;
    }
    sentences = n == 0 ? 0 : s + 1;
    int counted = 0;
    int function = 0;
    for (Word w : words) {
      if (w.kind() != Word.Kind.SYMBOL) {
        counted++;
        function += Vocabulary.FUNCTION_WORDS.contains(w.lower()) ? 1 : 0;
      }
    }
    this.words = counted;
    this.functionWords = function;
    for (int i = 0; i < n; i++) {
      if (commaBefore[i] && !clauseStart[i]) {
        int len = 1;
        while (i + len < n && !segmentStart[i + len]) {
          len++;
        }
        String lead = words.get(i).lower();
        clauseStart[i] =
            len > LIST_ITEM_WORDS && !lead.equals("or") && !lead.equals("nor")
                || CLAUSE_LEADS.contains(lead) && !lead.equals("and");
      }
    }
  }

  /** The text between two words; the usual single space without a new string. */
  private static String gap(String text, int from, int to) {
    return to == from + 1 && text.charAt(from) == ' ' ? " " : text.substring(from, to);
  }

  private static boolean endsClause(String gap) {
    for (int k = 0; k < gap.length(); k++) {
      char c = gap.charAt(k);
      if (c == ':'
          || c == '('
          || c == ')'
          || c == '['
          || c == ']'
          || c == '\u2014'
          || c == '\u2013') {
        return true;
      }
    }
    return gap.contains(" - ");
  }

  /**
   * A blank line always ends a sentence; a single line break does unless the next line goes on in
   * lower case (prose hard-wrapped by an editor).
   */
  private static boolean endsSentence(String gap, String previous, String next) {
    int nl = gap.indexOf('\n');
    if (nl >= 0
        && (gap.indexOf('\n', nl + 1) >= 0
            || next.isEmpty()
            || !Character.isLowerCase(next.codePointAt(0))
            || gap.strip().length() > 0)) {
      return true;
    }
    for (int k = 0; k < gap.length(); k++) {
      char c = gap.charAt(k);
      if (c == '!' || c == '?' || c == ';' || c == '\u3002') {
        return true;
      }
      if (c == '.' && !(k == 0 && ABBREVIATIONS.contains(previous))) {
        return true;
      }
    }
    return false;
  }
}
