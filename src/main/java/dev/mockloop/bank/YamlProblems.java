package dev.mockloop.bank;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.mockloop.io.JsonProblem;
import dev.mockloop.io.SafeText;
import java.util.List;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * The problems of one YAML file as {@link Problem}s at {@code file:line:column}: SnakeYAML's syntax
 * errors, Jackson's parse errors and anything else that stops the reading, in plain words, never a
 * class name or the file's content beyond a short excerpt.
 */
final class YamlProblems {
  private final String file;
  private final List<Problem> out;

  YamlProblems(String file, List<Problem> out) {
    this.file = file;
    this.out = out;
  }

  /** An error at a parser location (line and column 0 when it is unknown). */
  void at(JsonLocation at, String message) {
    int line = at == null ? 0 : Math.max(at.getLineNr(), 0);
    int column = at == null ? 0 : Math.max(at.getColumnNr(), 0);
    out.add(Problem.error(file, line, column, message));
  }

  /**
   * A YAML syntax error, at the problem's mark or else at its context's. An unclosed '[', '{' or
   * quote is reported where it opens (the parser notices only where it gives up, often a line
   * later), naming where that was.
   */
  void syntax(MarkedYAMLException e) {
    Mark opened = e.getContextMark();
    Mark gaveUp = e.getProblemMark();
    String unclosed = unclosed(e.getContext(), e.getProblem());
    if (unclosed != null && opened != null && gaveUp != null) {
      out.add(
          Problem.error(
              file,
              opened.getLine() + 1,
              opened.getColumn() + 1,
              "invalid YAML: "
                  + unclosed
                  + " (the parser gave up at line "
                  + (gaveUp.getLine() + 1)
                  + ", column "
                  + (gaveUp.getColumn() + 1)
                  + ")"));
      return;
    }
    var mark = gaveUp != null ? gaveUp : opened;
    String problem = e.getProblem() != null ? e.getProblem() : "syntax error";
    String context = e.getContext() != null ? " (" + e.getContext() + ")" : "";
    int line = mark == null ? 0 : mark.getLine() + 1;
    int column = mark == null ? 0 : mark.getColumn() + 1;
    out.add(
        Problem.error(
            file, line, column, "invalid YAML: " + SafeText.excerpt(problem + context, 120)));
  }

  /** What is left open when the parser stopped inside a flow list, mapping or quote; else null. */
  private static String unclosed(String context, String problem) {
    if (context == null || problem == null) {
      return null;
    }
    if (context.contains("flow sequence") && problem.startsWith("expected ','")) {
      return "this '[' is never closed: end the list with ']'";
    }
    if (context.contains("flow mapping") && problem.startsWith("expected ','")) {
      return "this '{' is never closed: end the mapping with '}'";
    }
    if (context.contains("quoted scalar")
        && (problem.contains("end of stream") || problem.contains("document separator"))) {
      return "this quote is never closed: end the text with the same quote mark";
    }
    return null;
  }

  /** Jackson refused the token stream: a syntax error underneath, or a structure it cannot map. */
  void invalid(JsonProcessingException e) {
    if (e.getCause() instanceof MarkedYAMLException marked) {
      syntax(marked);
      return;
    }
    String message = e.getOriginalMessage();
    if (message != null && message.startsWith("Expected a field name")) {
      message = "a key must be a plain name, not a list or mapping";
    }
    at(e.getLocation(), "invalid YAML: " + JsonProblem.reason(e, message));
  }

  /** Anything else that stopped the reading: a short, plain excerpt of the reason at most. */
  void unreadable(Exception e) {
    String why = e.getMessage() != null ? SafeText.excerpt(e.getMessage(), 100) : "unreadable";
    out.add(Problem.error(file, 0, 0, "cannot read as YAML: " + why));
  }
}
