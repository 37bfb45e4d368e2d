package dev.mockloop.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.mockloop.io.JsonProblem;
import dev.mockloop.io.SafeFiles;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Reads and writes transcripts as YAML: snake_case keys, ISO-8601 times, multi-line text as literal
 * blocks where YAML allows it (so answers read naturally), unknown keys ignored (files from newer
 * versions still list).
 */
public final class TranscriptYaml {
  // Each made on first use (a holder class apiece): a reader or writer builds its (de)serializers
  // for the whole transcript tree when made, and a round's first save, before its first frame,
  // needs only the writer.
  private static final class Readable {
    static final ObjectMapper MAPPER = mapper(true);
  }

  private static final class Writing {
    static final ObjectWriter WRITER = warm(Readable.MAPPER.writerFor(Transcript.class));
  }

  private static final class Reading {
    static final ObjectReader READER = Readable.MAPPER.readerFor(Transcript.class);
  }

  /** Double-quotes every string: for text YAML's block styles cannot hold (see write). */
  private static final class Escaping {
    static final ObjectWriter WRITER = mapper(false).writerFor(Transcript.class);
  }

  private TranscriptYaml() {}

  /**
   * Makes the writer now, so that a later first save does not wait for it (a front end calls this
   * on another thread while the terminal opens).
   */
  public static void prepareWriter() {
    Objects.requireNonNull(Writing.WRITER);
  }

  /**
   * {@code writer}, with the serializers of every record under {@link Transcript} built too: the
   * writer builds only the root's, and those of the records in its lists would be built at the
   * first save that holds one (a round's first save: the round, its answers, its score card).
   * Called in the holder's initialisation, so that a save on another thread waits for them rather
   * than building them alongside.
   */
  private static ObjectWriter warm(ObjectWriter writer) {
    SerializerProvider serializers = Readable.MAPPER.getSerializerProviderInstance();
    for (Class<?> type : records(Transcript.class, new LinkedHashSet<>())) {
      try {
        serializers.findValueSerializer(type);
      } catch (JsonMappingException e) {
        break; // the save will report it
      }
    }
    return writer;
  }

  /**
   * {@code type} and every record its components hold, directly or in lists, maps and optionals.
   */
  static Set<Class<?>> records(Type type, Set<Class<?>> seen) {
    if (type instanceof ParameterizedType p) {
      for (Type arg : p.getActualTypeArguments()) {
        records(arg, seen);
      }
    } else if (type instanceof Class<?> c && c.isRecord() && seen.add(c)) {
      for (RecordComponent rc : c.getRecordComponents()) {
        records(rc.getGenericType(), seen);
      }
    }
    return seen;
  }

  private static ObjectMapper mapper(boolean readable) {
    YAMLFactory yaml =
        YAMLFactory.builder()
            .configure(YAMLGenerator.Feature.MINIMIZE_QUOTES, readable)
            .configure(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE, readable)
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .build();
    return new ObjectMapper(yaml)
        .registerModule(new JavaTimeModule())
        .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }

  /**
   * The transcript as YAML. Text holding U+0085, U+2028 or U+2029 (which YAML reads as line breaks)
   * cannot sit in a literal block or single quotes without changing; when the readable form would
   * carry one raw, every string is written double-quoted with escapes instead.
   */
  public static byte[] write(Transcript t) {
    try {
      String readable = Writing.WRITER.writeValueAsString(t);
      if (readable.indexOf('\u0085') >= 0
          || readable.indexOf('\u2028') >= 0
          || readable.indexOf('\u2029') >= 0) {
        return Escaping.WRITER.writeValueAsBytes(t);
      }
      return readable.getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write transcript " + t.id() + ": " + e, e);
    }
  }

  public static String toYaml(Transcript t) {
    return new String(write(t), StandardCharsets.UTF_8);
  }

  /**
   * Parses a transcript.
   *
   * @throws SessionException with line, column and the problem when the text is not a valid
   *     transcript
   */
  public static Transcript read(byte[] yaml, String where) {
    try {
      Transcript t = Reading.READER.readValue(yaml);
      if (t == null) {
        throw new SessionException(where + ": empty file, not a transcript");
      }
      return t;
    } catch (JsonProcessingException e) {
      throw new SessionException(where + describe(e), e);
    } catch (IOException e) {
      throw new SessionException(where + ": " + SafeFiles.reason(e), e);
    }
  }

  private static String describe(JsonProcessingException e) {
    return JsonProblem.where(e) + ": " + JsonProblem.reason(e);
  }
}
