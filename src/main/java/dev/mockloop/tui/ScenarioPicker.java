package dev.mockloop.tui;

import dev.mockloop.bank.Listing;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The home screen's scenario picker: the scenarios sorted by topic then title, and a search that
 * narrows them as the user types ({@code /}, then letters; Backspace deletes one, Esc clears).
 * Every word typed (less a final "e" or "s") must appear in a scenario's title, topic or id, in any
 * case. While typing, the picker's own {@link #keys} are the home screen's table, so the footer
 * shows them.
 */
final class ScenarioPicker {
  static final Comparator<Listing.Entry> ORDER =
      Comparator.comparing(Listing.Entry::topic)
          .thenComparing(Listing.Entry::title, String.CASE_INSENSITIVE_ORDER)
          .thenComparing(Listing.Entry::id);

  private final StringBuilder query = new StringBuilder();
  private boolean typing;

  /** Whether letters go into the search now. */
  boolean typing() {
    return typing;
  }

  /** Whether a search narrows the list (typing or kept). */
  boolean filtered() {
    return typing || query.length() > 0;
  }

  String query() {
    return query.toString();
  }

  void start() {
    typing = true;
  }

  void type(char c) {
    query.append(c);
  }

  void backspace() {
    if (query.length() > 0) {
      query.setLength(query.length() - 1);
    }
  }

  /** Esc: the search is gone and letters are keys again. */
  void clear() {
    query.setLength(0);
    typing = false;
  }

  /** {@code sorted} narrowed to the scenarios that match every word of the search. */
  List<Listing.Entry> visible(List<Listing.Entry> sorted) {
    String[] words = query.toString().toLowerCase(Locale.ROOT).trim().split("\\s+");
    if (words[0].isEmpty()) {
      return sorted;
    }
    return sorted.stream()
        .filter(
            s -> {
              String hay = (s.title() + " " + s.topic() + " " + s.id()).toLowerCase(Locale.ROOT);
              for (String w : words) {
                if (!hay.contains(stem(w))) {
                  return false;
                }
              }
              return true;
            })
        .toList();
  }

  /** A word without a final "e" or "s", so "cache" finds "caching" and "queues" "queue". */
  private static String stem(String w) {
    return w.length() > 3 && (w.endsWith("e") || w.endsWith("s"))
        ? w.substring(0, w.length() - 1)
        : w;
  }

  /** The list's heading: what ↑↓ and Tab do, and the search with its count when there is one. */
  String heading(boolean inList, int shown, int total) {
    String base = "Scenario   ↑↓ choose, Tab to " + (inList ? "level" : "list");
    if (!filtered()) {
      return base + ", / to search";
    }
    return "Scenario   search: "
        + query
        + (typing ? "▏" : "")
        + "   ("
        + shown
        + " of "
        + total
        + ")";
  }

  /**
   * The keys while typing a search: letters narrow it, Backspace deletes, ↑↓ choose, Enter starts
   * the scenario chosen, Esc clears the search.
   *
   * @param changed run after the search changed (the choice goes back to the first match)
   */
  KeyTable keys(Runnable start, KeyTable.Action move, Runnable changed) {
    return new KeyTable()
        .row("Enter", "start", start)
        .on(Op.ENTER)
        .row("↑↓", "choose", move)
        .on(Op.UP, Op.DOWN)
        .row("letters", "search", (k, op) -> edit(() -> type(Keys.character(k)), changed))
        .on(Op.CHAR)
        .row("Backspace", "delete", () -> edit(this::backspace, changed))
        .on(Op.BACKSPACE)
        .row("Esc", "clear search", () -> edit(this::clear, changed))
        .on(Op.ESCAPE);
  }

  private static void edit(Runnable edit, Runnable changed) {
    edit.run();
    changed.run();
  }
}
