package dev.mockloop.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.mockloop.bank.Bank;
import dev.mockloop.io.JsonProblem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The answers of {@code score --batch} and {@code calibrate}: reads JSON Lines, {@code {"id",
 * "scenario", "level", "answer"}} with an optional {@code "follow_up"} (and, for calibration, a
 * {@code "grade"}), one line at a time so a big file never sits in memory. Each line becomes either
 * an {@link Entry} or an error object {@code {"id", "line", "error"}}; one bad line never stops the
 * rest. Blank lines are skipped.
 */
final class BatchAnswers {
  /** The largest line accepted: a 1 MB answer plus room for JSON escapes. */
  static final int MAX_LINE = 2 * ScoreInput.MAX_BYTES;

  /**
   * One good input line.
   *
   * @param line 1-based line number
   * @param id the input's "id" as given (any JSON value), or null
   * @param target what to score against
   * @param answer the answer text
   * @param grade the hand grade, or NaN when not asked for
   */
  record Entry(int line, JsonNode id, ScoreTarget target, String answer, double grade) {}

  /** Receives each line's outcome, in input order. */
  interface Sink {
    void entry(Entry entry);

    void error(JsonNode id, int line, String message);
  }

  private BatchAnswers() {}

  static void read(InputStream in, Bank bank, boolean graded, Sink sink) throws IOException {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    int lineNo = 0;
    boolean tooLong = false;
    int b;
    do {
      b = in.read();
      if (b == '\n' || b == -1) {
        if (b == '\n' || buf.size() > 0 || tooLong) {
          lineNo++;
          line(lineNo, buf.toByteArray(), tooLong, bank, graded, sink);
        }
        buf.reset();
        tooLong = false;
      } else if (buf.size() < MAX_LINE) {
        buf.write(b);
      } else {
        tooLong = true;
      }
    } while (b != -1);
  }

  private static void line(
      int lineNo, byte[] bytes, boolean tooLong, Bank bank, boolean graded, Sink sink) {
    if (tooLong) {
      sink.error(
          null,
          lineNo,
          "line is longer than " + MAX_LINE / 1048576 + " MB; an answer " + "must be at most 1 MB");
      return;
    }
    String text;
    try {
      text = ScoreInput.decode(bytes, "line " + lineNo);
    } catch (UserException e) {
      sink.error(null, lineNo, e.getMessage());
      return;
    }
    if (text.isBlank()) {
      return;
    }
    JsonNode node;
    try {
      node = ScoreJson.MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      // too deep or too long values come without a location (StreamConstraintsException)
      String at = e.getLocation() == null ? "" : " at column " + e.getLocation().getColumnNr();
      sink.error(null, lineNo, "invalid JSON" + at + ": " + JsonProblem.reason(e));
      return;
    }
    if (node == null || !node.isObject()) {
      sink.error(
          null,
          lineNo,
          "expected a JSON object like {\"id\": \"a1\", \"scenario\": "
              + "\"dynamodb-vs-rds\", \"level\": \"L6\", \"answer\": \"...\"}");
      return;
    }
    JsonNode id = node.get("id");
    try {
      sink.entry(entry(lineNo, node, bank, graded));
    } catch (IllegalArgumentException e) {
      sink.error(id, lineNo, e.getMessage());
    }
  }

  private static Entry entry(int lineNo, JsonNode node, Bank bank, boolean graded) {
    ScoreTarget target =
        ScoreTarget.resolve(
            bank,
            text(node, "scenario", true),
            text(node, "level", true),
            text(node, "follow_up", false));
    String answer = text(node, "answer", true);
    if (answer.isBlank()) {
      throw new IllegalArgumentException("\"answer\" is empty");
    }
    if (answer.length() > ScoreInput.MAX_BYTES) {
      throw new IllegalArgumentException("\"answer\" is longer than 1 MB");
    }
    double grade = Double.NaN;
    if (graded) {
      JsonNode g = node.get("grade");
      if (g == null || !g.isNumber()) {
        throw new IllegalArgumentException(
            "\"grade\" must be a number (0-4 in the grading "
                + "guide), was "
                + (g == null ? "missing" : g.toString()));
      }
      grade = g.asDouble();
    }
    return new Entry(lineNo, node.get("id"), target, answer, grade);
  }

  private static String text(JsonNode node, String field, boolean required) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      if (required) {
        throw new IllegalArgumentException("missing \"" + field + "\"");
      }
      return null;
    }
    if (!v.isTextual()) {
      throw new IllegalArgumentException("\"" + field + "\" must be a string, was " + v);
    }
    return v.asText();
  }
}
