package dev.mockloop.session;

import java.nio.charset.StandardCharsets;

/**
 * Reads what a {@link DigestOut} wrote (numbers big-endian, strings as length and UTF-8) from a
 * place in a byte array, in place: a read moves the place on, or reads at a given place.
 */
final class DigestIn {
  final byte[] b;
  int at;

  DigestIn(byte[] b, int at) {
    this.b = b;
    this.at = at;
  }

  int u8() {
    return b[at++] & 0xff;
  }

  int integer() {
    int v = integer(b, at);
    at += 4;
    return v;
  }

  long longNumber() {
    long v = longNumber(b, at);
    at += 8;
    return v;
  }

  String text() {
    int n = integer();
    String s = new String(b, at, n, StandardCharsets.UTF_8);
    at += n;
    return s;
  }

  void skipText() {
    at += 4 + integer(b, at);
  }

  static int integer(byte[] b, int p) {
    return (b[p] & 0xff) << 24 | (b[p + 1] & 0xff) << 16 | (b[p + 2] & 0xff) << 8 | b[p + 3] & 0xff;
  }

  static long longNumber(byte[] b, int p) {
    return ((long) integer(b, p) << 32) | (integer(b, p + 4) & 0xffffffffL);
  }

  static int shortNumber(byte[] b, int p) {
    return (short) ((b[p] & 0xff) << 8 | b[p + 1] & 0xff);
  }
}
