package dev.mockloop.cli;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growing byte buffer with the few ways {@link ReviewListBytes} writes a row's fields: spaces,
 * small numbers and times in ASCII digits, words padded to a width.
 */
final class ByteRows {
  private static final byte[] SPACES = new byte[128];

  static {
    Arrays.fill(SPACES, (byte) ' ');
  }

  byte[] buf;
  int len;

  ByteRows(int size) {
    buf = new byte[size];
  }

  /**
   * {@code seconds} as {@link dev.mockloop.report.Format#mmss} writes them (ASCII digits: checked
   * in {@link ReviewListBytes#of}).
   */
  void time(long seconds) {
    long secs = Math.max(0, seconds);
    long minutes = secs / 60;
    int w = minutes < 100 ? 5 : String.valueOf(minutes).length() + 3;
    spaces(Math.max(0, 6 - w));
    if (minutes < 10) {
      buf[len++] = '0';
    }
    if (minutes < 100) {
      digits((int) minutes);
    } else {
      text(String.valueOf(minutes));
    }
    buf[len++] = ':';
    buf[len++] = (byte) ('0' + secs % 60 / 10);
    buf[len++] = (byte) ('0' + secs % 10);
  }

  /** {@code n} (0 to 999) in digits. */
  void digits(int n) {
    if (n >= 100) {
      buf[len++] = (byte) ('0' + n / 100);
    }
    if (n >= 10) {
      buf[len++] = (byte) ('0' + n / 10 % 10);
    }
    buf[len++] = (byte) ('0' + n % 10);
  }

  /** {@code w} (an ASCII word) padded to {@code width}, then two spaces. */
  void word(byte[] w, int width) {
    System.arraycopy(w, 0, buf, len, w.length);
    len += w.length;
    spaces(Math.max(0, width - w.length) + 2);
  }

  void spaces(int n) {
    if (n > 0) {
      System.arraycopy(SPACES, 0, buf, len, n);
      len += n;
    }
  }

  void room(int n) {
    if (len + n > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + n));
    }
  }

  void text(String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    room(b.length);
    System.arraycopy(b, 0, buf, len, b.length);
    len += b.length;
  }

  byte[] bytes() {
    return Arrays.copyOf(buf, len);
  }
}
