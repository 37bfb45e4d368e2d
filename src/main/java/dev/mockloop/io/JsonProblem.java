package dev.mockloop.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.CharConversionException;
import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns Jackson's exceptions about a JSON or YAML document into a reason for the user: where (line
 * and column, when known), which field, and what was wrong, in words. No Java class or token name
 * reaches the message, and a quoted value is cut to a short, safe excerpt, so a foreign file is
 * never echoed back.
 */
public final class JsonProblem {
  private static final int EXCERPT = 40;
  private static final Pattern QUALIFIED =
      Pattern.compile("`?\\b(?:[a-z_$][\\w$]*\\.)+([A-Z][\\w$]*)`?");
  private static final Pattern QUALIFIED_PREFIX =
      Pattern.compile("^(?:[a-z_$][\\w$]*\\.)+[A-Z][\\w$]*: ");
  private static final Pattern TOKEN = Pattern.compile("\\bJsonToken\\.([A-Z_]+)");

  private JsonProblem() {}

  /** {@code ":line:column"} when Jackson knows where, else the empty string. */
  public static String where(JsonProcessingException e) {
    JsonLocation loc = e.getLocation();
    return loc == null || loc.getLineNr() < 1
        ? ""
        : ":" + loc.getLineNr() + ":" + Math.max(1, loc.getColumnNr());
  }

  /** What is wrong, without the location: e.g. "level: 'L9' is not one of L6, L7". */
  public static String reason(JsonProcessingException e) {
    String field = e instanceof JsonMappingException m ? path(m) : "";
    String prefix = field.isEmpty() ? "" : field + ": ";
    return prefix + what(e);
  }

  /** As {@link #reason(JsonProcessingException)}, with {@code message} in place of Jackson's. */
  public static String reason(JsonProcessingException e, String message) {
    if (e instanceof StreamConstraintsException) {
      return what(e);
    }
    return clean(message);
  }

  private static String what(JsonProcessingException e) {
    if (e.getCause() instanceof CharConversionException
        || String.valueOf(e.getOriginalMessage()).contains("Invalid UTF-8")) {
      return "not UTF-8 text; save the file as UTF-8";
    }
    if (e instanceof StreamConstraintsException) {
      return "nested too deeply or holds a value too long to read";
    }
    if (e instanceof InvalidFormatException f) {
      return "'"
          + SafeText.excerpt(String.valueOf(f.getValue()), EXCERPT)
          + "' is not "
          + expected(f.getTargetType());
    }
    if (e instanceof ValueInstantiationException && e.getCause() != null) {
      Throwable c = e.getCause();
      if (c instanceof NullPointerException) {
        return "missing " + (c.getMessage() == null ? "a required field" : c.getMessage());
      }
      return clean(c.getMessage());
    }
    if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
      return "expected " + expected(m.getTargetType()) + " here";
    }
    return clean(e.getOriginalMessage());
  }

  /** The field path, as in "rounds[0].level"; empty when unknown. */
  private static String path(JsonMappingException m) {
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference r : m.getPath()) {
      if (r.getFieldName() != null) {
        sb.append(sb.length() == 0 ? "" : ".").append(SafeText.excerpt(r.getFieldName(), 30));
      } else if (r.getIndex() >= 0) {
        sb.append('[').append(r.getIndex()).append(']');
      }
    }
    return sb.toString();
  }

  private static String expected(Class<?> type) {
    if (type == null) {
      return "a valid value";
    }
    if (type.isEnum()) {
      return "one of "
          + Arrays.stream(type.getEnumConstants())
              .map(String::valueOf)
              .collect(Collectors.joining(", "));
    }
    if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
      return "a number";
    }
    if (type == String.class) {
      return "text";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "a list";
    }
    if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
      return "a time like 2026-11-29T08:12:00Z";
    }
    return "a mapping of fields";
  }

  /** The first line of a message with class and token names made plain, cut short. */
  static String clean(String message) {
    if (message == null || message.isBlank()) {
      return "unreadable";
    }
    String first = message.lines().findFirst().orElse("");
    first = TOKEN.matcher(first).replaceAll(m -> token(m.group(1)));
    first = QUALIFIED_PREFIX.matcher(first).replaceAll("");
    first = QUALIFIED.matcher(first).replaceAll("a value");
    return SafeText.excerpt(first, 100);
  }

  private static String token(String name) {
    return switch (name) {
      case "START_ARRAY" -> "a list";
      case "START_OBJECT" -> "a mapping";
      case "VALUE_STRING" -> "text";
      case "VALUE_NUMBER_INT", "VALUE_NUMBER_FLOAT" -> "a number";
      case "VALUE_TRUE", "VALUE_FALSE" -> "true or false";
      case "VALUE_NULL" -> "nothing";
      default -> "something else";
    };
  }
}
