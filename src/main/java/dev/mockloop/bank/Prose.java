package dev.mockloop.bank;

import java.util.regex.Pattern;

/**
 * Bank text as the screens show it: YAML block scalars ({@code |}) keep the author's hand-wrapped
 * line breaks, which would stay at the editor's width on any screen. The loader joins them here,
 * once, so every front end wraps paragraphs to its own width; blank lines (paragraph breaks) and
 * list items ("- ", "* ", "• ", "1. ", "2) ") keep their breaks, an item's indented continuation
 * lines join the item, and other indented lines (a table, a snippet) keep theirs.
 */
public final class Prose {
  private static final Pattern ITEM = Pattern.compile("\\s*([-*•]|\\d+[.)])\\s.*");

  private Prose() {}

  /** {@code text} with its hand-made line breaks joined; null stays null. */
  public static String reflow(String text) {
    if (text == null) {
      return null;
    }
    String[] lines = text.strip().split("\\R", -1);
    StringBuilder sb = new StringBuilder(lines[0]);
    boolean inItem = ITEM.matcher(lines[0]).matches();
    for (int i = 1; i < lines.length; i++) {
      String line = lines[i];
      boolean item = ITEM.matcher(line).matches();
      boolean indented = !line.isEmpty() && Character.isWhitespace(line.charAt(0));
      boolean join = !line.isBlank() && !lines[i - 1].isBlank() && !item && (inItem || !indented);
      if (line.isBlank() || item) {
        inItem = item;
      }
      sb.append(join ? " " : "\n").append(join ? line.strip() : line.isBlank() ? "" : line);
    }
    return sb.toString();
  }
}
