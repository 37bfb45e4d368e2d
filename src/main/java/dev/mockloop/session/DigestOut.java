package dev.mockloop.session;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** A byte stream of the list digest's numbers (big-endian) and strings ({@link ListDigest}). */
final class DigestOut extends ByteArrayOutputStream {
  DigestOut(int size) {
    super(size);
  }

  void shortNumber(int v) {
    if (v < Short.MIN_VALUE || v > Short.MAX_VALUE) {
      throw new IllegalArgumentException("out of range for the list digest: " + v);
    }
    write(v >>> 8);
    write(v);
  }

  void integer(int v) {
    write(v >>> 24);
    write(v >>> 16);
    write(v >>> 8);
    write(v);
  }

  void longNumber(long v) {
    integer((int) (v >>> 32));
    integer((int) v);
  }

  void append(DigestOut o) {
    write(o.buf, 0, o.count);
  }

  void text(String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    integer(b.length);
    write(b, 0, b.length);
  }
}
