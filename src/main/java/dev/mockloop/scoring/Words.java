package dev.mockloop.scoring;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into {@link Word}s, keeping exact offsets into the original string.
 *
 * <p>A word is a run of letters and digits; an apostrophe between letters stays inside it ("don't",
 * "I’d"), and a dot or comma between digits stays inside a number ("99.9", "100,000"). Hyphens,
 * dashes, slashes and other punctuation separate words, so "1-4ms" gives "1" and "4ms", and
 * "single-digit" gives "single" and "digit". Each Han, Hiragana or Katakana character is a word of
 * its own. {@code %} and {@code $} are kept as symbol words; everything else (emoji, punctuation,
 * whitespace) only separates words.
 */
final class Words {
  static final int MAX_WORD = 255;

  private Words() {}

  static List<Word> scan(String text) {
    List<Word> out = new ArrayList<>(text.length() / 5 + 8); // about one word per 5-6 chars
    int n = text.length();
    int i = 0;
    while (i < n) {
      int cp = text.codePointAt(i);
      int len = Character.charCount(cp);
      if (cp == '%' || cp == '$') {
        out.add(new Word(i, i + 1, String.valueOf((char) cp), Word.Kind.SYMBOL));
        i += len;
      } else if (isIdeograph(cp)) {
        out.add(new Word(i, i + len, text.substring(i, i + len), Word.Kind.IDEOGRAPH));
        i += len;
      } else if (Character.isLetterOrDigit(cp)) {
        i = scanWord(text, i, out);
      } else {
        i += len;
      }
    }
    return out;
  }

  private static int scanWord(String text, int start, List<Word> out) {
    int n = text.length();
    int i = start;
    while (i < n && i - start < MAX_WORD) {
      int cp = text.codePointAt(i);
      if (Character.isLetterOrDigit(cp) && !isIdeograph(cp)) {
        i += Character.charCount(cp);
      } else if (i + 1 < n && joins(text, cp, i)) {
        i += 1;
      } else {
        break;
      }
    }
    String common = CommonWords.find(text, start, i);
    if (common != null) { // no new string: the interned word, or the text as written if capitalized
      String raw = CommonWords.lowerCase(text, start, i) ? common : text.substring(start, i);
      out.add(new Word(start, i, raw, common, Word.Kind.WORD));
      return i;
    }
    String raw = text.substring(start, i).replace('\u2019', '\'');
    Word.Kind kind = Character.isDigit(raw.codePointAt(0)) ? Word.Kind.NUMBER : Word.Kind.WORD;
    out.add(new Word(start, i, raw, kind));
    return i;
  }

  /** An apostrophe between letters, or a dot or comma between digits, stays inside the word. */
  private static boolean joins(String text, int cp, int i) {
    char prev = text.charAt(i - 1);
    char next = text.charAt(i + 1);
    if (cp == '\'' || cp == '\u2019') {
      return Character.isLetter(prev) && Character.isLetter(next);
    }
    if (cp == '.' || cp == ',') {
      return Character.isDigit(prev) && Character.isDigit(next);
    }
    return false;
  }

  static boolean isIdeograph(int cp) {
    if (cp < 0x2E80) {
      return false;
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA;
  }
}
