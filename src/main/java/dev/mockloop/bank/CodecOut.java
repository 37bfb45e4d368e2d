package dev.mockloop.bank;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Bytes for the snapshot codecs ({@link HeadCodec}, {@link ScenarioCodec}, {@link FrameCodec}):
 * unsigned variable-length integers, and strings written once and then referred to by number
 * (dimension names, file prefixes and the like repeat a lot).
 */
final class CodecOut {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
  private final Map<String, Integer> strings = new HashMap<>();
  private final List<String> written = new ArrayList<>();

  CodecOut() {}

  /** Bytes whose reader knows {@code shared} already: those strings are referred to by number. */
  CodecOut(List<String> shared) {
    shared.forEach(s -> strings.putIfAbsent(s, strings.size()));
  }

  void varlong(long v) {
    while ((v & ~0x7FL) != 0) {
      bytes.write((int) ((v & 0x7F) | 0x80));
      v >>>= 7;
    }
    bytes.write((int) v);
  }

  /** 0 for null, 1 then the bytes for a new string, n + 2 for the n-th string already written. */
  void string(String s) {
    if (s == null) {
      varlong(0);
      return;
    }
    Integer seen = strings.get(s);
    if (seen != null) {
      varlong(seen + 2L);
      return;
    }
    strings.put(s, strings.size());
    written.add(s);
    byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
    varlong(1);
    varlong(utf8.length);
    bytes.write(utf8, 0, utf8.length);
  }

  /** A presence mark (0 absent, 1 present), then the value when present. */
  void nullable(Object v, Consumer<Object> body) {
    varlong(v == null ? 0 : 1);
    if (v != null) {
      body.accept(v);
    }
  }

  /** Bytes as they are, with no length (the reader knows it). */
  void raw(byte[] b) {
    bytes.write(b, 0, b.length);
  }

  /** The strings written out in full (not shared ones), in order. */
  List<String> written() {
    return written;
  }

  byte[] toByteArray() {
    return bytes.toByteArray();
  }
}
