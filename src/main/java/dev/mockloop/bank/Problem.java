package dev.mockloop.bank;

import java.util.Comparator;
import java.util.Objects;

/**
 * Something wrong in a question bank, located in a file. Prints as {@code path:line:column: error:
 * message}, the form editors and terminals link to.
 *
 * @param file the file as shown to the user (the bank directory as given, plus the relative path)
 * @param line 1-based; 0 when the problem concerns the file or directory as a whole
 * @param column 1-based; 0 when the problem concerns the file or directory as a whole
 * @param severity error or warning
 * @param message what is wrong and how to fix it
 */
public record Problem(String file, int line, int column, Severity severity, String message) {
  /** File, then line, then column, then errors before warnings. */
  public static final Comparator<Problem> ORDER =
      Comparator.comparing(Problem::file)
          .thenComparingInt(Problem::line)
          .thenComparingInt(Problem::column)
          .thenComparing(Problem::severity)
          .thenComparing(Problem::message);

  public Problem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("line and column must be >= 0");
    }
  }

  public static Problem error(String file, int line, int column, String message) {
    return new Problem(file, line, column, Severity.ERROR, message);
  }

  public static Problem warning(String file, int line, int column, String message) {
    return new Problem(file, line, column, Severity.WARNING, message);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** {@code file:line:column: error: message}; the position is left out when it is 0. */
  @Override
  public String toString() {
    String where = line > 0 ? file + ":" + line + ":" + column : file;
    return where + ": " + severity.label() + ": " + message;
  }
}
