package dev.mockloop.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.mockloop.io.JsonProblem;
import dev.mockloop.io.SafeFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads and writes transcripts as YAML: snake_case keys, ISO-8601 times, multi-line text as literal
 * blocks where YAML allows it (so answers read naturally), unknown keys ignored (files from newer
 * versions still list).
 */
public final class TranscriptYaml {
  private static final ObjectMapper MAPPER = mapper(true);
  private static final ObjectReader READER = MAPPER.readerFor(Transcript.class);
  private static final ObjectWriter WRITER = MAPPER.writerFor(Transcript.class);

  /** Double-quotes every string: for text YAML's block styles cannot hold (see write). */
  private static final ObjectWriter ESCAPING = mapper(false).writerFor(Transcript.class);

  private TranscriptYaml() {}

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
      String readable = WRITER.writeValueAsString(t);
      if (readable.indexOf('\u0085') >= 0
          || readable.indexOf('\u2028') >= 0
          || readable.indexOf('\u2029') >= 0) {
        return ESCAPING.writeValueAsBytes(t);
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
      Transcript t = READER.readValue(yaml);
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
