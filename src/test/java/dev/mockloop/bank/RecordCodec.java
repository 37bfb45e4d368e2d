package dev.mockloop.bank;

import dev.mockloop.bank.Codecs.Codec;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A compact binary form of a tree of records, read back through each record's canonical constructor
 * (so its checks run again), derived from the record components by reflection. It wrote the
 * snapshot's body until the hand-written {@link ScenarioCodec} and {@link FrameCodec} replaced it
 * (its reflection cost 10-14 ms at every round's start); it stays here as their reference: {@code
 * BodyCodecTest} checks that they write the same bytes and that {@link SnapshotBody#SCHEMA} is the
 * {@link #schema()} it derives, so a field added to a bank record fails that test until the codecs
 * write it. Supported: records, strings, enums, primitives and their boxes, lists, sets, maps and
 * optionals of those.
 */
final class RecordCodec {
  private final Map<Type, Codec> codecs = new HashMap<>();
  private final Map<Type, String> described = new LinkedHashMap<>();
  private final Codec root;

  RecordCodec(Class<? extends Record> type) {
    root = codec(type);
  }

  /** The shape of every type reached, one line each; a snapshot records it and must match it. */
  String schema() {
    return String.join("\n", described.values());
  }

  void write(CodecOut out, Object value) {
    root.write(out, value);
  }

  Object read(CodecIn in) {
    return root.read(in);
  }

  private Codec codec(Type type) {
    Codec known = codecs.get(type);
    if (known != null) {
      return known;
    }
    Codec[] late = new Codec[1]; // a record may refer to itself through a list
    codecs.put(
        type,
        new Codec() {
          public void write(CodecOut out, Object v) {
            late[0].write(out, v);
          }

          public Object read(CodecIn in) {
            return late[0].read(in);
          }
        });
    late[0] = build(type);
    codecs.put(type, late[0]);
    return late[0];
  }

  private Codec build(Type type) {
    if (type instanceof ParameterizedType p) {
      Class<?> raw = (Class<?>) p.getRawType();
      Type[] args = p.getActualTypeArguments();
      if (raw == List.class || raw == Set.class) {
        return Codecs.collection(codec(args[0]), raw == Set.class);
      }
      if (raw == Map.class) {
        return Codecs.map(codec(args[0]), codec(args[1]));
      }
      if (raw == Optional.class) {
        return Codecs.optional(codec(args[0]));
      }
    } else if (type instanceof Class<?> c) {
      if (c == String.class) {
        return Codecs.string();
      }
      if (c == int.class || c == Integer.class || c == long.class || c == Long.class) {
        return Codecs.whole(c == long.class || c == Long.class);
      }
      if (c == boolean.class || c == Boolean.class) {
        return Codecs.bool();
      }
      if (c == double.class || c == Double.class) {
        return Codecs.decimal();
      }
      if (c.isEnum()) {
        return enumCodec(c);
      }
      if (c.isRecord()) {
        return record(c);
      }
    }
    throw new IllegalArgumentException(
        "the bank snapshot cannot store "
            + type.getTypeName()
            + "; add it to "
            + RecordCodec.class.getSimpleName());
  }

  private Codec enumCodec(Class<?> c) {
    Map<String, Object> byName = new HashMap<>();
    for (Object e : c.getEnumConstants()) {
      byName.put(((Enum<?>) e).name(), e);
    }
    described.put(c, c.getName() + " enum " + byName.keySet().stream().sorted().toList());
    return Codecs.of(
        (o, v) -> o.string(v == null ? null : ((Enum<?>) v).name()),
        i -> {
          String name = i.string();
          return name == null ? null : byName.get(name);
        });
  }

  private Codec record(Class<?> c) {
    RecordComponent[] parts = c.getRecordComponents();
    Codec[] codecsOf = new Codec[parts.length];
    Class<?>[] types = new Class<?>[parts.length];
    StringBuilder shape = new StringBuilder(c.getName()).append('(');
    described.put(c, ""); // reserves its place before the types it refers to
    for (int k = 0; k < parts.length; k++) {
      types[k] = parts[k].getType();
      codecsOf[k] = codec(parts[k].getGenericType());
      shape
          .append(k == 0 ? "" : ", ")
          .append(parts[k].getGenericType().getTypeName())
          .append(' ')
          .append(parts[k].getName());
    }
    described.put(c, shape.append(')').toString());
    Constructor<?> make;
    try {
      make = c.getDeclaredConstructor(types);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(c + " has no canonical constructor", e);
    }
    return Codecs.of(
        (o, v) ->
            o.nullable(
                v,
                x -> {
                  for (int k = 0; k < parts.length; k++) {
                    codecsOf[k].write(o, component(parts[k], x));
                  }
                }),
        i -> {
          if (!i.present()) {
            return null;
          }
          Object[] args = new Object[parts.length];
          for (int k = 0; k < parts.length; k++) {
            args[k] = codecsOf[k].read(i);
          }
          try {
            return make.newInstance(args);
          } catch (ReflectiveOperationException | RuntimeException e) {
            throw new CodecIn.Corrupt(c.getSimpleName() + " refused its stored values: " + e);
          }
        });
  }

  private static Object component(RecordComponent part, Object record) {
    try {
      return part.getAccessor().invoke(record);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read " + part, e);
    }
  }
}
