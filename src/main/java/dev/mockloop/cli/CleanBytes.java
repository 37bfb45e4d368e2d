package dev.mockloop.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Prints a long output that is already UTF-8 (a kept or freshly made {@code review} output) to the
 * process's standard output as it is, when it holds no terminal control: what {@link SafeWriter}
 * and the UTF-8 writer would have written, without decoding it into a string and encoding it back
 * (1.9 MB for a list of 10,000 sessions). Anything else, and any run without the raw stream
 * (tests), goes through the command's writer.
 */
final class CleanBytes {
  private CleanBytes() {}

  /**
   * Prints {@code b} from {@code from} (UTF-8) through {@code out} or the raw stream under it;
   * {@code clean}: its maker vouches that it holds no terminal control (else it is checked).
   */
  static void print(RootCommand root, PrintWriter out, byte[] b, int from, boolean clean) {
    OutputStream raw = root.context().stdout();
    if (raw != null && (clean || clean(b, from))) {
      out.flush();
      try {
        raw.write(b, from, b.length - from);
        raw.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    } else {
      out.print(new String(b, from, b.length - from, StandardCharsets.UTF_8));
    }
    out.flush();
  }

  /**
   * True when the UTF-8 bytes hold no character {@code SafeText.isClean} refuses: a C0 control but
   * newline and tab, DEL, or a C1 control (U+0080 to U+009F, two bytes starting 0xC2).
   */
  static boolean clean(byte[] b, int from) {
    for (int i = from; i < b.length; i++) {
      int c = b[i];
      if (c < 0x20 && c >= 0 && c != '\n' && c != '\t' || c == 0x7f) {
        return false;
      }
      if (c == (byte) 0xC2 && i + 1 < b.length && (b[i + 1] & 0xff) <= 0x9f) {
        return false;
      }
    }
    return true;
  }
}
