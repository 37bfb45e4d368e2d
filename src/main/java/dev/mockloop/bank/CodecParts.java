package dev.mockloop.bank;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values the body's hand-written codecs ({@link FrameCodec}, {@link ScenarioCodec}) are made
 * of, in the bytes {@code RecordCodec} (the reflective reference, in the tests) gives them: a
 * record or a whole number has a presence mark (0 absent, 1 present) first; a list or map its size
 * plus one (0 for null), then its items; an enum its name as a string.
 */
final class CodecParts {
  private CodecParts() {}

  /** A record's presence mark; false when the record is null (nothing more to write). */
  static boolean present(CodecOut out, Object record) {
    out.varlong(record == null ? 0 : 1);
    return record != null;
  }

  /** An {@code int} component: present, then its value. */
  static void whole(CodecOut out, int v) {
    out.varlong(1);
    out.varlong(v);
  }

  /** An {@code int} component; absent is damage (the record cannot take null). */
  static int whole(CodecIn in) {
    if (!in.present()) {
      throw new CodecIn.Corrupt("an int component is missing");
    }
    return (int) in.varlong();
  }

  static void enumName(CodecOut out, Enum<?> v) {
    out.string(v == null ? null : v.name());
  }

  /** The constant of that name, or null (for a name this build does not know, too). */
  static <E extends Enum<E>> E enumName(CodecIn in, E[] values) {
    String name = in.string();
    if (name != null) {
      for (E e : values) {
        if (e.name().equals(name)) {
          return e;
        }
      }
    }
    return null;
  }

  /** A size: 0 for null, else the size plus one. */
  static boolean size(CodecOut out, Object collection, int size) {
    out.varlong(collection == null ? 0 : size + 1L);
    return collection != null;
  }

  static void strings(CodecOut out, List<String> list) {
    if (size(out, list, list == null ? 0 : list.size())) {
      for (String s : list) {
        out.string(s);
      }
    }
  }

  static List<String> strings(CodecIn in) {
    int n = in.count();
    if (n < 0) {
      return null;
    }
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(in.string());
    }
    return out;
  }

  static void stringLists(CodecOut out, List<List<String>> lists) {
    if (size(out, lists, lists == null ? 0 : lists.size())) {
      for (List<String> l : lists) {
        strings(out, l);
      }
    }
  }

  static List<List<String>> stringLists(CodecIn in) {
    int n = in.count();
    if (n < 0) {
      return null;
    }
    List<List<String>> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(strings(in));
    }
    return out;
  }

  static void stringMap(CodecOut out, Map<String, String> map) {
    if (size(out, map, map == null ? 0 : map.size())) {
      for (Map.Entry<String, String> e : map.entrySet()) {
        out.string(e.getKey());
        out.string(e.getValue());
      }
    }
  }

  static Map<String, String> stringMap(CodecIn in) {
    int n = in.count();
    if (n < 0) {
      return null;
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      out.put(in.string(), in.string());
    }
    return out;
  }
}
