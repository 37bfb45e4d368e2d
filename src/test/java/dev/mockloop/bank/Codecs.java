package dev.mockloop.bank;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;

/**
 * The codecs {@link RecordCodec} builds its tree from: strings, whole numbers, booleans, doubles,
 * optionals, lists and sets, and maps. Every value may be null: a collection or map stores its size
 * plus one (0 for null), a number or double a presence mark first, a boolean 0 for null, 1 for
 * false and 2 for true.
 */
final class Codecs {
  /** Writes and reads one value of a type. */
  interface Codec {
    void write(CodecOut out, Object value);

    Object read(CodecIn in);
  }

  private Codecs() {}

  static Codec string() {
    return of((o, v) -> o.string((String) v), CodecIn::string);
  }

  /** An {@code int} or {@code long}, boxed or not. */
  static Codec whole(boolean isLong) {
    return of(
        (o, v) -> o.nullable(v, x -> o.varlong(((Number) x).longValue())),
        i -> i.present() ? (isLong ? (Object) i.varlong() : (Object) (int) i.varlong()) : null);
  }

  static Codec bool() {
    return of(
        (o, v) -> o.varlong(v == null ? 0 : (Boolean) v ? 2 : 1),
        i ->
            switch ((int) i.varlong()) {
              case 0 -> null;
              case 2 -> true;
              default -> false;
            });
  }

  static Codec decimal() {
    return of(
        (o, v) -> o.nullable(v, x -> o.varlong(Double.doubleToLongBits((Double) x))),
        i -> i.present() ? Double.longBitsToDouble(i.varlong()) : null);
  }

  static Codec optional(Codec inner) {
    return of(
        (o, v) -> o.nullable(v, x -> inner.write(o, ((Optional<?>) x).orElse(null))),
        i -> i.present() ? Optional.ofNullable(inner.read(i)) : null);
  }

  static Codec collection(Codec item, boolean set) {
    return of(
        (o, v) -> {
          if (v == null) {
            o.varlong(0);
            return;
          }
          Collection<?> items = (Collection<?>) v;
          o.varlong(items.size() + 1L);
          items.forEach(x -> item.write(o, x));
        },
        i -> {
          int n = i.count();
          if (n < 0) {
            return null;
          }
          Collection<Object> out = set ? new LinkedHashSet<>() : new ArrayList<>(n);
          for (int k = 0; k < n; k++) {
            out.add(item.read(i));
          }
          return out;
        });
  }

  static Codec map(Codec key, Codec value) {
    return of(
        (o, v) -> {
          if (v == null) {
            o.varlong(0);
            return;
          }
          Map<?, ?> m = (Map<?, ?>) v;
          o.varlong(m.size() + 1L);
          m.forEach(
              (k, x) -> {
                key.write(o, k);
                value.write(o, x);
              });
        },
        i -> {
          int n = i.count();
          if (n < 0) {
            return null;
          }
          Map<Object, Object> out = new LinkedHashMap<>();
          for (int k = 0; k < n; k++) {
            out.put(key.read(i), value.read(i));
          }
          return out;
        });
  }

  interface Writer {
    void write(CodecOut out, Object value);
  }

  interface Reader {
    Object read(CodecIn in);
  }

  static Codec of(Writer w, Reader r) {
    return new Codec() {
      public void write(CodecOut out, Object v) {
        w.write(out, v);
      }

      public Object read(CodecIn in) {
        return r.read(in);
      }
    };
  }
}
