package dev.mockloop.session;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A byte stream of the list digest's and the stats view's numbers (big-endian) and strings ({@link
 * ListDigest}, {@link StatsViewOut}). Numbers go into the buffer directly, not a byte at a time
 * through {@link ByteArrayOutputStream#write(int)}, a synchronized call per byte that the
 * interpreter runs hundreds of thousands of times for 10,000 sessions.
 */
final class DigestOut extends ByteArrayOutputStream {
  DigestOut(int size) {
    super(size);
  }

  private void room(int n) {
    if (count + n > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(buf.length * 2, count + n));
    }
  }

  /** One byte, the low eight bits of {@code v}. */
  void u8(int v) {
    room(1);
    buf[count++] = (byte) v;
  }

  void shortNumber(int v) {
    if (v < Short.MIN_VALUE || v > Short.MAX_VALUE) {
      throw new IllegalArgumentException("out of range for the list digest: " + v);
    }
    room(2);
    buf[count++] = (byte) (v >>> 8);
    buf[count++] = (byte) v;
  }

  void integer(int v) {
    room(4);
    buf[count++] = (byte) (v >>> 24);
    buf[count++] = (byte) (v >>> 16);
    buf[count++] = (byte) (v >>> 8);
    buf[count++] = (byte) v;
  }

  void longNumber(long v) {
    integer((int) (v >>> 32));
    integer((int) v);
  }

  void append(DigestOut o) {
    room(o.count);
    System.arraycopy(o.buf, 0, buf, count, o.count);
    count += o.count;
  }

  void text(String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    integer(b.length);
    bytes(b);
  }

  /** {@code b} as they are. */
  void bytes(byte[] b) {
    room(b.length);
    System.arraycopy(b, 0, buf, count, b.length);
    count += b.length;
  }
}
