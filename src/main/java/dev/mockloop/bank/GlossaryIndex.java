package dev.mockloop.bank;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The bank's glossary with each phrase mapped to its group, for checking that no group joins two
 * different points of one rubric.
 */
final class GlossaryIndex {
  static final GlossaryIndex EMPTY = new GlossaryIndex(Glossary.EMPTY, "", List.of());

  private final Glossary glossary;
  private final String file;
  private final List<Integer> groupLines;
  private final Map<String, Integer> groupOf = new HashMap<>();

  /** {@code groupLines} holds the line of each group in {@code file}, in group order. */
  GlossaryIndex(Glossary glossary, String file, List<Integer> groupLines) {
    this.glossary = glossary;
    this.file = file;
    this.groupLines = List.copyOf(groupLines);
    List<List<String>> groups = glossary.synonyms();
    for (int g = 0; g < groups.size(); g++) {
      for (String phrase : groups.get(g)) {
        groupOf.putIfAbsent(normalize(phrase), g);
      }
    }
  }

  Glossary glossary() {
    return glossary;
  }

  /** The group a phrase belongs to, or -1. */
  int group(String phrase) {
    return groupOf.getOrDefault(normalize(phrase), -1);
  }

  /** "glossary group [a, b] (glossary.yaml:3)". */
  String describe(int group) {
    String where = group < groupLines.size() ? " (" + file + ":" + groupLines.get(group) + ")" : "";
    return "glossary group " + glossary.synonyms().get(group) + where;
  }

  /** Lower case, single spaces, trimmed: how phrases are compared here. */
  static String normalize(String phrase) {
    StringBuilder sb = new StringBuilder(phrase.length());
    boolean space = false;
    for (int i = 0; i < phrase.length(); i++) {
      char c = phrase.charAt(i);
      if (Character.isWhitespace(c)) {
        space = sb.length() > 0;
      } else {
        if (space) {
          sb.append(' ');
          space = false;
        }
        sb.append(c);
      }
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }
}
