package dev.mockloop.bank;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.mockloop.io.JsonProblem;
import dev.mockloop.io.SafeText;
import java.util.List;
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

  /** A YAML syntax error, at the problem's mark or else at its context's. */
  void syntax(MarkedYAMLException e) {
    var mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
    String problem = e.getProblem() != null ? e.getProblem() : "syntax error";
    String context = e.getContext() != null ? " (" + e.getContext() + ")" : "";
    int line = mark == null ? 0 : mark.getLine() + 1;
    int column = mark == null ? 0 : mark.getColumn() + 1;
    out.add(
        Problem.error(
            file, line, column, "invalid YAML: " + SafeText.excerpt(problem + context, 120)));
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
