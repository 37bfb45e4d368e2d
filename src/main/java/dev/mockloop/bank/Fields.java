package dev.mockloop.bank;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Typed, located access to one YAML mapping of the format: reports unknown fields (with a "did you
 * mean"), missing required fields (at the mapping), and values of the wrong type or range (at the
 * value). Getters return null or a default after reporting, so parsing goes on and every problem in
 * a file is found in one pass.
 */
final class Fields {
  private static final Pattern DECIMAL = Pattern.compile("[-+]?[0-9][0-9_]*");

  private final FileContext ctx;
  private final YamlNode.Mapping map;
  private final String what;

  /** Fields an unknown key was taken for ("promt" for "prompt"): not reported missing again. */
  private final Set<String> suggested;

  private Fields(FileContext ctx, YamlNode.Mapping map, String what, Set<String> suggested) {
    this.ctx = ctx;
    this.map = map;
    this.what = what;
    this.suggested = suggested;
  }

  /**
   * Fields of {@code node} known to be {@code allowed}; null (after an error) when the node is not
   * a mapping. {@code what} names the mapping in messages, e.g. "level L6" or "rubric point 2".
   */
  static Fields of(FileContext ctx, YamlNode node, String what, List<String> allowed) {
    if (!(node instanceof YamlNode.Mapping map)) {
      ctx.error(node, "expected a mapping of fields for " + what + ", got " + node.describe());
      return null;
    }
    Set<String> suggested = new HashSet<>();
    for (YamlNode.Scalar key : map.keys().values()) {
      if (!allowed.contains(key.text())) {
        Suggest.nearest(key.text(), allowed).ifPresent(suggested::add);
        String hint = Suggest.didYouMean(key.text(), allowed);
        if (hint.isEmpty()) {
          hint = "; expected one of: " + String.join(", ", allowed) + elsewhere(key.text());
        }
        ctx.error(key, "unknown field '" + key.text() + "' in " + what + hint);
      }
    }
    return new Fields(ctx, map, what, suggested);
  }

  /** Where a field of the format belongs when it is not here (usually an indentation slip). */
  private static String elsewhere(String key) {
    String where;
    if (ScenarioParser.LEVEL_FIELDS.contains(key)) {
      where = "a level (under levels.L6 or levels.L7)";
    } else if (RubricParser.POINT_FIELDS.contains(key)) {
      where = "a rubric point";
    } else if (ScenarioParser.FOLLOW_UP_FIELDS.contains(key)) {
      where = "a follow-up";
    } else if (ScenarioParser.SCENARIO_FIELDS.contains(key)) {
      where = "the top of the scenario";
    } else {
      return "";
    }
    return " ('" + key + "' belongs in " + where + ": check its indentation)";
  }

  YamlNode.Mapping map() {
    return map;
  }

  /** The value node, or null when absent; reports it missing when {@code required}. */
  YamlNode node(String name, boolean required) {
    YamlNode value = map.entries().get(name);
    if (value instanceof YamlNode.Scalar s
        && (s.kind() == YamlNode.Scalar.Kind.NULL || s.text().isEmpty())) {
      value = null;
    }
    if (value == null && required && !suggested.contains(name)) {
      YamlNode at = map.keys().containsKey(name) ? map.keys().get(name) : map;
      String verb = map.keys().containsKey(name) ? "is empty" : "is missing";
      ctx.error(at, "required field '" + name + "' " + verb + " in " + what);
    }
    return value;
  }

  /** Where the field's key is written, or the mapping itself when absent. */
  YamlNode keyOr(String name) {
    YamlNode key = map.keys().get(name);
    return key != null ? key : map;
  }

  /** A text value (numbers and booleans are taken as written); blank counts as missing. */
  String text(String name, boolean required) {
    YamlNode value = node(name, required);
    if (value == null) {
      return null;
    }
    if (!(value instanceof YamlNode.Scalar s)) {
      ctx.error(value, "expected text for '" + name + "', got " + value.describe());
      return null;
    }
    if (s.text().isBlank()) {
      if (required) {
        ctx.error(s, "required field '" + name + "' is blank in " + what);
      }
      return null;
    }
    return s.text();
  }

  /** Text that screens show as paragraphs: {@link #text} with its hand-made breaks joined. */
  String prose(String name, boolean required) {
    return Prose.reflow(text(name, required));
  }

  /** A whole number in {@code min..max}, or {@code fallback} when absent or wrong. */
  int integer(String name, int min, int max, boolean required, int fallback) {
    YamlNode value = node(name, required);
    if (value == null) {
      return fallback;
    }
    String expected = "expected a number " + min + ".." + max + " for '" + name + "'";
    if (!(value instanceof YamlNode.Scalar s)
        || s.kind() != YamlNode.Scalar.Kind.INTEGER
        || !DECIMAL.matcher(s.text()).matches()) {
      boolean otherBase =
          value instanceof YamlNode.Scalar s && s.kind() == YamlNode.Scalar.Kind.INTEGER;
      ctx.error(
          value,
          otherBase
              ? expected + " in decimal digits, got '" + ((YamlNode.Scalar) value).text() + "'"
              : expected + ", got " + value.describe());
      return fallback;
    }
    BigInteger n = new BigInteger(s.text().replace("_", "").replace("+", ""));
    if (n.compareTo(BigInteger.valueOf(min)) < 0 || n.compareTo(BigInteger.valueOf(max)) > 0) {
      ctx.error(value, expected + ", got " + s.text());
      return fallback;
    }
    return n.intValue();
  }

  /** A list of scalar nodes (a single scalar is not accepted); null when absent or wrong. */
  List<YamlNode.Scalar> scalars(String name, boolean required) {
    YamlNode value = node(name, required);
    if (value == null) {
      return null;
    }
    if (!(value instanceof YamlNode.Sequence seq)) {
      ctx.error(
          value,
          "expected a list for '"
              + name
              + "', got "
              + value.describe()
              + "; write it as [a, b] or one '- item' per line");
      return null;
    }
    List<YamlNode.Scalar> items = new ArrayList<>();
    for (YamlNode item : seq.items()) {
      if (item instanceof YamlNode.Scalar s) {
        items.add(s);
      } else {
        ctx.error(item, "expected text in the list '" + name + "', got " + item.describe());
      }
    }
    return items;
  }

  /** A list of mappings' nodes; null when absent or not a list. */
  List<YamlNode> items(String name, boolean required) {
    YamlNode value = node(name, required);
    if (value == null) {
      return null;
    }
    if (!(value instanceof YamlNode.Sequence seq)) {
      ctx.error(value, "expected a list for '" + name + "', got " + value.describe());
      return null;
    }
    return seq.items();
  }
}
