package dev.mockloop.tui;

import com.googlecode.lanterna.input.KeyStroke;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * One view's keys: each row is the keys as the footer names them, what they do (a long and a short
 * label), the key strokes that trigger it, and the action. {@link #handle} and {@link Footer} both
 * read it, so a key that works is a key that shows. A row can apply only {@link Row#when} something
 * holds; then it neither works nor shows otherwise. Keys no row claims go to the fallback (the
 * editor's typing), which the footer does not list.
 */
final class KeyTable {
  /** What a key does; it gets the stroke and its {@link Op} (for characters and scrolling). */
  interface Action {
    void run(KeyStroke k, Op op);
  }

  /** One binding. */
  static final class Row {
    final String keys;
    private Supplier<String> label;
    private Supplier<String> brief;
    private final Action action;
    private final Set<Op> ops = EnumSet.noneOf(Op.class);
    private String chars = "";
    private BooleanSupplier when = () -> true;

    private Row(String keys, Supplier<String> label, Action action) {
      this.keys = keys;
      this.label = label;
      this.brief = label;
      this.action = action;
    }

    String label() {
      return label.get();
    }

    String brief() {
      return brief.get();
    }

    boolean active() {
      return when.getAsBoolean();
    }

    boolean matches(KeyStroke k, Op op) {
      if (ops.contains(op)) {
        return true;
      }
      return op == Op.CHAR && chars.indexOf(Character.toLowerCase(k.getCharacter())) >= 0;
    }
  }

  private final List<Row> rows = new ArrayList<>();
  private static final Action NOTHING = (k, op) -> {};
  private Action fallback = NOTHING;
  private Runnable first = () -> {};

  /** Adds a row; the modifiers below apply to the row added last. */
  KeyTable row(String keys, String label, Action action) {
    return row(keys, () -> label, action);
  }

  KeyTable row(String keys, String label, Runnable action) {
    return row(keys, () -> label, (k, op) -> action.run());
  }

  KeyTable row(String keys, Supplier<String> label, Runnable action) {
    return row(keys, label, (k, op) -> action.run());
  }

  KeyTable row(String keys, Supplier<String> label, Action action) {
    rows.add(new Row(keys, label, action));
    return this;
  }

  /** The last row's {@link Op}s. */
  KeyTable on(Op... ops) {
    last().ops.addAll(List.of(ops));
    return this;
  }

  /** The last row's typed characters (case does not matter). */
  KeyTable chars(String chars) {
    last().chars += chars.toLowerCase();
    return this;
  }

  /** The last row's label when the footer is short of room. */
  KeyTable brief(String brief) {
    return brief(() -> brief);
  }

  KeyTable brief(Supplier<String> brief) {
    last().brief = brief;
    return this;
  }

  /** The last row works and shows only while this holds. */
  KeyTable when(BooleanSupplier when) {
    last().when = when;
    return this;
  }

  /** What keys no row claims do (typing into the editor); nothing by default. */
  KeyTable otherwise(Action fallback) {
    this.fallback = fallback;
    return this;
  }

  /** True when keys no row claims go somewhere (the editor's typing) instead of nowhere. */
  boolean takesText() {
    return fallback != NOTHING;
  }

  /** What every key does first, whichever row takes it (clearing a notice). */
  KeyTable first(Runnable first) {
    this.first = first;
    return this;
  }

  /** The rows that apply now, in the footer's order. */
  List<Row> shown() {
    List<Row> out = new ArrayList<>(rows.size()); // a loop: on every first frame's path
    for (Row r : rows) {
      if (r.active()) {
        out.add(r);
      }
    }
    return Collections.unmodifiableList(out);
  }

  /** Runs the first row that applies and matches; else the fallback. */
  void handle(KeyStroke k, Op op) {
    first.run();
    for (Row r : rows) {
      if (r.active() && r.matches(k, op)) {
        r.action.run(k, op);
        return;
      }
    }
    fallback.run(k, op);
  }

  private Row last() {
    return rows.get(rows.size() - 1);
  }
}
