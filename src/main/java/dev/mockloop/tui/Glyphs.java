package dev.mockloop.tui;

import com.googlecode.lanterna.TerminalTextUtils;
import java.util.Arrays;

/**
 * How many columns a character takes on screen and how it is drawn, per code point, so the layout
 * (wrapping, the cursor) and the picture always agree. A character outside the Basic Multilingual
 * Plane (a surrogate pair in Java) that terminals draw two columns wide (emoji with emoji
 * presentation, the CJK extension planes: East Asian Width W or F) is drawn as itself in two
 * columns; any other one (mathematical letters, old scripts, skin-tone modifiers, regional
 * indicators) as one {@code ?} cell, since terminals disagree on its width. Zero-width and format
 * characters, combining marks, variation selectors and lone surrogates are drawn as {@code ?} too,
 * control characters as spaces. The stored text is never changed, only its picture.
 */
final class Glyphs {
  /**
   * Supplementary code points of East Asian Width W or F (Unicode 15), as sorted [first, last]
   * pairs; skin-tone modifiers (U+1F3FB..U+1F3FF) are left out on purpose.
   */
  private static final int[] WIDE = {
    0x16FE0, 0x16FE4, 0x16FF0, 0x16FF1, 0x17000, 0x187F7, 0x18800, 0x18CD5, 0x18D00, 0x18D08,
    0x1AFF0, 0x1AFFE, 0x1B000, 0x1B122, 0x1B132, 0x1B132, 0x1B150, 0x1B152, 0x1B155, 0x1B155,
    0x1B164, 0x1B167, 0x1B170, 0x1B2FB, 0x1F004, 0x1F004, 0x1F0CF, 0x1F0CF, 0x1F18E, 0x1F18E,
    0x1F191, 0x1F19A, 0x1F200, 0x1F202, 0x1F210, 0x1F23B, 0x1F240, 0x1F248, 0x1F250, 0x1F251,
    0x1F260, 0x1F265, 0x1F300, 0x1F320, 0x1F32D, 0x1F335, 0x1F337, 0x1F37C, 0x1F37E, 0x1F393,
    0x1F3A0, 0x1F3CA, 0x1F3CF, 0x1F3D3, 0x1F3E0, 0x1F3F0, 0x1F3F4, 0x1F3F4, 0x1F3F8, 0x1F3FA,
    0x1F400, 0x1F43E, 0x1F440, 0x1F440, 0x1F442, 0x1F4FC, 0x1F4FF, 0x1F53D, 0x1F54B, 0x1F54E,
    0x1F550, 0x1F567, 0x1F57A, 0x1F57A, 0x1F595, 0x1F596, 0x1F5A4, 0x1F5A4, 0x1F5FB, 0x1F64F,
    0x1F680, 0x1F6C5, 0x1F6CC, 0x1F6CC, 0x1F6D0, 0x1F6D2, 0x1F6D5, 0x1F6D7, 0x1F6DC, 0x1F6DF,
    0x1F6EB, 0x1F6EC, 0x1F6F4, 0x1F6FC, 0x1F7E0, 0x1F7EB, 0x1F7F0, 0x1F7F0, 0x1F90C, 0x1F93A,
    0x1F93C, 0x1F945, 0x1F947, 0x1F9FF, 0x1FA70, 0x1FA7C, 0x1FA80, 0x1FA88, 0x1FA90, 0x1FABD,
    0x1FABF, 0x1FAC5, 0x1FACE, 0x1FADB, 0x1FAE0, 0x1FAE8, 0x1FAF0, 0x1FAF8, 0x20000, 0x2FFFD,
    0x30000, 0x3FFFD
  };

  private Glyphs() {}

  /** Whether a supplementary code point is drawn as itself, two columns wide. */
  static boolean wide(int cp) {
    int i = Arrays.binarySearch(WIDE, cp);
    // found: a range bound; else inside a range when the insertion point is odd
    return i >= 0 || (-i - 1) % 2 == 1;
  }

  /** The columns code point {@code cp} takes (a lone surrogate: one, drawn as {@code ?}). */
  static int columns(int cp) {
    if (cp < 0x1100 || (cp >= 0x1200 && cp < 0x2E80)) {
      // nothing there is double-width (Lanterna's table: U+1100-11FF, then from U+2E80): typing,
      // and the rules, bars and arrows of every screen, skip the look-up, whose first use builds
      // the JDK's table of Unicode blocks (1-2 ms of a first frame)
      return 1;
    }
    if (Character.isSupplementaryCodePoint(cp)) {
      return wide(cp) ? 2 : 1;
    }
    return TerminalTextUtils.isCharDoubleWidth((char) cp) ? 2 : 1;
  }

  /** The columns of {@code s} from {@code from} to {@code to}, code point by code point. */
  static int columns(String s, int from, int to) {
    int cols = 0;
    for (int i = from; i < to; ) {
      int cp = s.codePointAt(i);
      cols += columns(cp);
      i += Character.charCount(cp);
    }
    return cols;
  }

  /** What is drawn for the code point at {@code i} of {@code s}: same columns, always visible. */
  static int shown(String s, int i) {
    int cp = s.codePointAt(i);
    if (Character.isSupplementaryCodePoint(cp)) {
      return wide(cp) ? cp : '?';
    }
    char c = (char) cp;
    if (Character.isISOControl(c)) {
      return ' ';
    }
    if (Character.isSurrogate(c)) {
      return '?';
    }
    if (c < '\u0300') {
      return c;
    }
    int type = Character.getType(c);
    boolean zeroWidth =
        type == Character.FORMAT
            || type == Character.NON_SPACING_MARK
            || type == Character.ENCLOSING_MARK
            || type == Character.COMBINING_SPACING_MARK
            || (c >= '\uFE00' && c <= '\uFE0F');
    return zeroWidth ? '?' : c;
  }
}
