package dev.mockloop.io;

/**
 * Keeps terminal control out of text that came from a question file, an answer or a transcript, so
 * that printing it can never move the cursor, retitle the window, write the clipboard or change the
 * terminal's modes. Removes whole escape sequences (CSI, OSC, DCS, APC, PM, SOS and two-character
 * ESC sequences), and replaces any other C0 control (except newline and tab), DEL and C1 control
 * with U+FFFD. Carriage returns are dropped, so CRLF text prints as LF.
 */
public final class SafeText {
  private static final char ESC = 0x1b;
  private static final char BEL = 0x07;
  private static final char REPLACEMENT = '\uFFFD';

  private SafeText() {}

  /** {@code text} with all terminal control removed. */
  public static String plain(String text) {
    return filter(text, false);
  }

  /** As {@link #plain}, on one line: newlines and tabs become spaces (a row of a table). */
  public static String line(String text) {
    String p = plain(text);
    return p == null ? null : p.replace('\n', ' ').replace('\t', ' ');
  }

  /**
   * A short, safe quote of foreign text for an error message: {@link #line}, cut to at most {@code
   * max} characters with an ellipsis, so an error never echoes a whole file.
   */
  public static String excerpt(String text, int max) {
    String l = line(text == null ? "" : text).strip();
    if (l.length() <= max) {
      return l;
    }
    int cut = Math.max(0, max - 1);
    if (cut > 0 && Character.isHighSurrogate(l.charAt(cut - 1))) {
      cut--;
    }
    return l.substring(0, cut) + "…";
  }

  /**
   * As {@link #plain}, but SGR sequences ({@code ESC [ digits ; ... m}: colours and bold only) are
   * kept. For output streams that mix the program's own colouring with foreign text.
   */
  public static String keepingColour(String text) {
    return filter(text, true);
  }

  private static String filter(String text, boolean keepSgr) {
    if (text == null || isClean(text)) {
      return text;
    }
    StringBuilder sb = new StringBuilder(text.length());
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (c == ESC) {
        int end = sequenceEnd(text, i);
        if (keepSgr && isSgr(text, i, end)) {
          sb.append(text, i, end);
        }
        i = end;
        continue;
      }
      if (c == '\r') {
        i++;
        continue;
      }
      sb.append(isControl(c) ? REPLACEMENT : c);
      i++;
    }
    return sb.toString();
  }

  /**
   * Whether {@code text} holds nothing {@link #plain} would change (no escape, carriage return or
   * other control), so it may be printed as it is. It runs over whole outputs (a cached {@code
   * review list} of 10,000 sessions, a 2,000-scenario {@code questions list}) before anything is
   * compiled, so it reads them 64 chars per call: the method that reads a piece is called often
   * enough to be compiled after the first few thousand chars, where one loop over the whole text
   * would run interpreted to its end (4 ms against 1.2 ms for 160 KB, docs/performance.md).
   */
  public static boolean isClean(String text) {
    int n = text.length();
    for (int from = 0; from < n; from += 64) {
      if (!isClean(text, from, Math.min(n, from + 64))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isClean(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if ((c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7f && c <= 0x9f)) {
        return false; // ESC and CR included
      }
    }
    return true;
  }

  private static boolean isControl(char c) {
    return (c < 0x20 && c != '\n' && c != '\t')
        || c == 0x7f
        || (c >= 0x80 && c <= 0x9f)
        || c == ESC;
  }

  /** Index just past the escape sequence starting at {@code i} (which holds ESC). */
  private static int sequenceEnd(String s, int i) {
    int n = s.length();
    if (i + 1 >= n) {
      return n;
    }
    char kind = s.charAt(i + 1);
    if (kind == '[') { // CSI: parameters and intermediates, then one final byte 0x40-0x7e
      int j = i + 2;
      while (j < n && s.charAt(j) >= 0x20 && s.charAt(j) <= 0x3f) {
        j++;
      }
      return j < n && s.charAt(j) >= 0x40 && s.charAt(j) <= 0x7e ? j + 1 : j;
    }
    if (kind == ']' || kind == 'P' || kind == 'X' || kind == '^' || kind == '_') {
      // a control string: runs to BEL or to ST (ESC \)
      for (int j = i + 2; j < n; j++) {
        if (s.charAt(j) == BEL) {
          return j + 1;
        }
        if (s.charAt(j) == ESC) {
          return j + 1 < n && s.charAt(j + 1) == '\\' ? j + 2 : j;
        }
      }
      return n;
    }
    return i + 2;
  }

  private static boolean isSgr(String s, int start, int end) {
    if (end - start < 3 || s.charAt(start + 1) != '[' || s.charAt(end - 1) != 'm') {
      return false;
    }
    for (int j = start + 2; j < end - 1; j++) {
      char c = s.charAt(j);
      if (!(Character.isDigit(c) || c == ';')) {
        return false;
      }
    }
    return true;
  }
}
