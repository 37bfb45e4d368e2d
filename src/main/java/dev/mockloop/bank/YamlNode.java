package dev.mockloop.bank;

import java.util.List;
import java.util.Map;

/**
 * A YAML value with the 1-based line and column where it starts. The loader builds these from the
 * parser's token stream because Jackson's tree model drops locations, and every problem a user sees
 * must point at the offending key or value.
 */
sealed interface YamlNode permits YamlNode.Mapping, YamlNode.Sequence, YamlNode.Scalar {
  int line();

  int column();

  /** What the node is, as error messages name it ("a mapping", "a list", "a number"). */
  String describe();

  /**
   * A mapping in file order.
   *
   * @param entries values by key, in file order
   * @param keys where each key is written (errors about a field point at its key)
   */
  record Mapping(int line, int column, Map<String, YamlNode> entries, Map<String, Scalar> keys)
      implements YamlNode {
    @Override
    public String describe() {
      return "a mapping";
    }
  }

  /** A list. */
  record Sequence(int line, int column, List<YamlNode> items) implements YamlNode {
    @Override
    public String describe() {
      return "a list";
    }
  }

  /**
   * A scalar value as written.
   *
   * @param text the value's text; empty for a null
   * @param kind what the parser read it as
   */
  record Scalar(int line, int column, String text, Kind kind) implements YamlNode {
    /** How the parser typed a scalar. */
    enum Kind {
      STRING,
      INTEGER,
      DECIMAL,
      BOOLEAN,
      NULL
    }

    @Override
    public String describe() {
      return switch (kind) {
        case STRING -> "'" + text + "'";
        case INTEGER, DECIMAL -> "the number " + text;
        case BOOLEAN -> "the boolean " + text;
        case NULL -> "nothing";
      };
    }
  }
}
