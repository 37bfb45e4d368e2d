package dev.mockloop.bank;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Ids of scenarios, points and follow-ups: their form, and uniqueness among their siblings. */
final class Ids {
  static final Pattern ID = Pattern.compile("[a-z0-9-]+");

  private Ids() {}

  /**
   * Reads a required id, checking its form and that it is unique among {@code seen}; null when
   * missing or invalid.
   */
  static String check(
      FileContext ctx, Fields f, String kind, Map<String, YamlNode.Scalar> seen, String owner) {
    String id = f.text("id", true);
    if (id == null) {
      return null;
    }
    YamlNode.Scalar at = (YamlNode.Scalar) f.node("id", true);
    if (!ID.matcher(id).matches()) {
      ctx.error(
          at,
          kind + " id '" + id + "' may use only a-z, 0-9 and '-', e.g. '" + suggestId(id) + "'");
      return null;
    }
    YamlNode.Scalar earlier = seen.putIfAbsent(id, at);
    if (earlier != null) {
      ctx.error(
          at,
          "duplicate "
              + kind
              + " id '"
              + id
              + "' in "
              + owner
              + " (first at line "
              + earlier.line()
              + ")");
      return null;
    }
    return id;
  }

  /** A valid id close to {@code id}: lower case, other characters turned into '-'. */
  static String suggestId(String id) {
    String s = id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    return s.isEmpty() ? "my-id" : s;
  }
}
