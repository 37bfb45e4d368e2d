package dev.mockloop.bank;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads what {@link CodecOut} wrote; anything out of shape throws {@link Corrupt}. */
final class CodecIn {
  /** The bytes are not a snapshot this build can read. */
  static final class Corrupt extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Corrupt(String message) {
      super(message);
    }
  }

  private final byte[] bytes;
  private int at;
  private final int end;
  private final List<String> shared;
  private final List<String> strings = new ArrayList<>();

  CodecIn(byte[] bytes, int from, int end) {
    this(bytes, from, end, List.of());
  }

  /** Reads bytes written by a {@link CodecOut} that knew {@code shared} already. */
  CodecIn(byte[] bytes, int from, int end, List<String> shared) {
    this.bytes = bytes;
    this.at = from;
    this.end = end;
    this.shared = shared;
  }

  long varlong() {
    long v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (at >= end) {
        throw new Corrupt("ends early");
      }
      byte b = bytes[at++];
      v |= (long) (b & 0x7F) << shift;
      if (b >= 0) {
        return v;
      }
    }
    throw new Corrupt("a number runs on");
  }

  /** A collection's size, or -1 for null. */
  int count() {
    long n = varlong() - 1;
    if (n > end - at) {
      throw new Corrupt("a count of " + n + " exceeds the bytes left");
    }
    return (int) n;
  }

  boolean present() {
    return varlong() != 0;
  }

  String string() {
    long tag = varlong();
    if (tag == 0) {
      return null;
    }
    if (tag >= 2) {
      long n = tag - 2;
      if (n < shared.size()) {
        return shared.get((int) n);
      }
      if (n - shared.size() >= strings.size()) {
        throw new Corrupt("refers to string " + n + " of " + (shared.size() + strings.size()));
      }
      return strings.get((int) (n - shared.size()));
    }
    long len = varlong();
    if (len < 0 || len > end - at) {
      throw new Corrupt("a string runs past the end");
    }
    String s = new String(bytes, at, (int) len, StandardCharsets.UTF_8);
    at += (int) len;
    strings.add(s);
    return s;
  }

  /** Moves past {@code n} bytes (a block read later, on its own). */
  void skip(int n) {
    if (n < 0 || n > end - at) {
      throw new Corrupt("a block runs past the end");
    }
    at += n;
  }

  /** The bytes read from (not a copy). */
  byte[] bytes() {
    return bytes;
  }

  /** How many bytes are left to read. */
  int left() {
    return end - at;
  }

  /** Where the next read starts. */
  int position() {
    return at;
  }

  boolean atEnd() {
    return at == end;
  }
}
