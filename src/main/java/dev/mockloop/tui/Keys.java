package dev.mockloop.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.Map;

/**
 * The shared key bindings: which key stroke is which {@link Op}, for every view. Ctrl-D and F10
 * submit; F2 and Ctrl-T show the whole question over the editor; Ctrl-C (and end of input) is
 * {@link Op#INTERRUPT}, which {@link App} handles on every screen (it asks whether to quit); Ctrl-S
 * is never bound (it is XOFF in most terminals and would freeze output). What a key does on a
 * screen is that view's {@link KeyTable}; the shared scroll row is {@link #scroll}.
 */
final class Keys {
  private static final Map<KeyType, Op> PLAIN =
      Map.ofEntries(
          Map.entry(KeyType.F10, Op.SUBMIT),
          Map.entry(KeyType.F2, Op.QUESTION),
          Map.entry(KeyType.Escape, Op.ESCAPE),
          Map.entry(KeyType.Enter, Op.ENTER),
          Map.entry(KeyType.ArrowUp, Op.UP),
          Map.entry(KeyType.ArrowDown, Op.DOWN),
          Map.entry(KeyType.ArrowLeft, Op.LEFT),
          Map.entry(KeyType.ArrowRight, Op.RIGHT),
          Map.entry(KeyType.Home, Op.LINE_START),
          Map.entry(KeyType.End, Op.LINE_END),
          Map.entry(KeyType.PageUp, Op.PAGE_UP),
          Map.entry(KeyType.PageDown, Op.PAGE_DOWN),
          Map.entry(KeyType.Backspace, Op.BACKSPACE),
          Map.entry(KeyType.Delete, Op.DELETE),
          Map.entry(KeyType.Tab, Op.TAB));

  private static final Map<KeyType, Op> CTRL =
      Map.of(
          KeyType.ArrowLeft, Op.WORD_LEFT,
          KeyType.ArrowRight, Op.WORD_RIGHT,
          KeyType.Home, Op.TEXT_START,
          KeyType.End, Op.TEXT_END);

  private static final Map<Character, Op> CTRL_CHARS =
      Map.of(
          'd', Op.SUBMIT,
          't', Op.QUESTION,
          'c', Op.INTERRUPT,
          'a', Op.LINE_START,
          'e', Op.LINE_END,
          'w', Op.DELETE_WORD,
          'h', Op.BACKSPACE,
          'j', Op.ENTER,
          'm', Op.ENTER);

  /** The keys that scroll a text (Ctrl-Home and Ctrl-End go to its ends). */
  static final Op[] SCROLL = {Op.UP, Op.DOWN, Op.PAGE_UP, Op.PAGE_DOWN, Op.TEXT_START, Op.TEXT_END};

  /**
   * The keys that go to a text's or a list's ends: Home (or Ctrl-Home) to the top, End (or
   * Ctrl-End) to the bottom, as the review list and the "I covered this" picker take them.
   */
  static final Op[] ENDS = {Op.LINE_START, Op.TEXT_START, Op.LINE_END, Op.TEXT_END};

  private Keys() {}

  static Op op(KeyStroke k) {
    if (k.getKeyType() == KeyType.Character) {
      Character c = k.getCharacter();
      if (k.isCtrlDown()) {
        return CTRL_CHARS.getOrDefault(Character.toLowerCase(c), Op.NONE);
      }
      if (k.isAltDown()) {
        return c == '\b' || c == 127 ? Op.DELETE_WORD : Op.NONE;
      }
      return Character.isISOControl(c) ? Op.NONE : Op.CHAR;
    }
    if (k.isCtrlDown() && CTRL.containsKey(k.getKeyType())) {
      return CTRL.get(k.getKeyType());
    }
    if (k.isAltDown() && k.getKeyType() == KeyType.Backspace) {
      return Op.DELETE_WORD;
    }
    if (k.getKeyType() == KeyType.EOF) {
      return Op.INTERRUPT;
    }
    return PLAIN.getOrDefault(k.getKeyType(), Op.NONE);
  }

  /**
   * Adds the shared scroll row to a view's table: {@code ↑↓ PgUp/PgDn Home/End scroll}, Home (or
   * Ctrl-Home) to the top and End (or Ctrl-End) to the bottom; {@link ScrollText#key} takes them.
   */
  static KeyTable scroll(KeyTable table, java.util.function.Consumer<Op> scroll) {
    return table
        .row("↑↓ PgUp/PgDn Home/End", "scroll", (k, op) -> scroll.accept(op))
        .on(Op.UP, Op.DOWN, Op.PAGE_UP, Op.PAGE_DOWN)
        .on(ENDS);
  }

  /** The character of a {@link Op#CHAR} key. */
  static char character(KeyStroke k) {
    return k.getCharacter();
  }
}
