package dev.mockloop.bank;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Turns a file's bytes into text, refusing what YAML parsing would mishandle or hide: bytes that
 * are not UTF-8 (reported at the first bad byte) and tabs in indentation (reported per line).
 */
final class SourceText {
  /** Tab-indented lines reported per file before the rest are summarised. */
  private static final int MAX_TAB_REPORTS = 5;

  private SourceText() {}

  /** The decoded text without a byte-order mark, or null after adding a problem to {@code out}. */
  static String decode(String file, byte[] bytes, List<Problem> out) {
    String fast = new String(bytes, StandardCharsets.UTF_8);
    if (fast.indexOf('\uFFFD') < 0) {
      return withoutBom(fast); // nothing was replaced, so every byte was valid UTF-8
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer chars = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, chars, true);
    if (result.isError()) {
      int bad = in.position();
      int lineStart = 0;
      int line = 1;
      for (int i = 0; i < bad; i++) {
        if (bytes[i] == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      int column =
          new String(bytes, lineStart, bad - lineStart, StandardCharsets.UTF_8).length() + 1;
      out.add(
          Problem.error(
              file,
              line,
              column,
              String.format(
                  "byte 0x%02X is not valid UTF-8; save the file as UTF-8", bytes[bad] & 0xff)));
      return null;
    }
    decoder.flush(chars);
    chars.flip();
    return withoutBom(chars.toString());
  }

  private static String withoutBom(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /** Adds a problem for each line indented with a tab; true when there were none. */
  static boolean checkIndentation(String file, String text, List<Problem> out) {
    int found = 0;
    int line = 1;
    int start = 0;
    while (start <= text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      int tab = leadingTab(text, start, end);
      if (tab >= 0) {
        found++;
        if (found <= MAX_TAB_REPORTS) {
          out.add(
              Problem.error(
                  file,
                  line,
                  tab - start + 1,
                  "tab used for indentation; YAML indents with spaces only: replace the tab"
                      + " with spaces"));
        }
      }
      line++;
      start = end + 1;
    }
    if (found > MAX_TAB_REPORTS) {
      out.add(
          Problem.error(
              file,
              0,
              0,
              (found - MAX_TAB_REPORTS)
                  + " more lines are indented with tabs; replace them with"
                  + " spaces"));
    }
    return found == 0;
  }

  /** Index of a tab within the line's leading whitespace, or -1; blank lines are ignored. */
  private static int leadingTab(String text, int start, int end) {
    int tab = -1;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c == '\t') {
        if (tab < 0) {
          tab = i;
        }
      } else if (c != ' ' && c != '\r') {
        return tab;
      }
    }
    return -1;
  }
}
