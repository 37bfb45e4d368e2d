package dev.mockloop.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits an answer into sentences with their offsets, for "I covered this": a sentence ends at
 * {@code .}, {@code !} or {@code ?} followed by a space or the end (so "1.5" and "p99." split where
 * a reader would), and at every line break (answers are often lists). A few abbreviations ("e.g.",
 * "i.e.", "vs.") do not end one. Pieces without a letter or digit are left out.
 */
public final class Sentences {
  private static final Set<String> ABBREVIATIONS = Set.of("e.g", "i.e", "vs", "cf", "approx");

  /**
   * One sentence: {@code text} is {@code answer.substring(start, end)}, without the spaces around
   * it.
   */
  public record Sentence(int start, int end, String text) {
    public Sentence {
      if (start < 0 || end < start || text.length() != end - start) {
        throw new IllegalArgumentException("bad sentence " + start + ".." + end);
      }
    }
  }

  private Sentences() {}

  public static List<Sentence> of(String answer) {
    List<Sentence> out = new ArrayList<>();
    int from = 0;
    for (int i = 0; i < answer.length(); i++) {
      char c = answer.charAt(i);
      if (c == '\n' || c == '\r') {
        add(answer, from, i, out);
        from = i + 1;
      } else if (c == '.' || c == '!' || c == '?') {
        int end = i + 1;
        while (end < answer.length() && ".!?\"')]”’".indexOf(answer.charAt(end)) >= 0) {
          end++;
        }
        boolean atBreak = end == answer.length() || Character.isWhitespace(answer.charAt(end));
        if (atBreak && !(c == '.' && abbreviation(answer, from, i))) {
          add(answer, from, end, out);
          from = end;
        }
        i = end - 1;
      }
    }
    add(answer, from, answer.length(), out);
    return List.copyOf(out);
  }

  /** True when the word that ends at the dot {@code dot} is an abbreviation such as "e.g". */
  private static boolean abbreviation(String s, int from, int dot) {
    int w = dot;
    while (w > from && !Character.isWhitespace(s.charAt(w - 1)) && s.charAt(w - 1) != '(') {
      w--;
    }
    return ABBREVIATIONS.contains(s.substring(w, dot).toLowerCase(Locale.ROOT));
  }

  private static void add(String s, int from, int to, List<Sentence> out) {
    while (from < to && Character.isWhitespace(s.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(s.charAt(to - 1))) {
      to--;
    }
    String text = s.substring(from, to);
    if (text.codePoints().anyMatch(Character::isLetterOrDigit)) {
      out.add(new Sentence(from, to, text));
    }
  }
}
