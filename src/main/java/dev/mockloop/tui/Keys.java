package dev.mockloop.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.Map;

/**
 * Every key binding in one table. Ctrl-D and F10 submit; F2 and Ctrl-T show the whole question
 * over the editor; Ctrl-S is never bound (it is XOFF in most terminals and would freeze output).
 */
final class Keys {
  private static final Map<KeyType, Op> PLAIN = Map.ofEntries(
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

  private static final Map<KeyType, Op> CTRL = Map.of(
      KeyType.ArrowLeft, Op.WORD_LEFT,
      KeyType.ArrowRight, Op.WORD_RIGHT,
      KeyType.Home, Op.TEXT_START,
      KeyType.End, Op.TEXT_END);

  private static final Map<Character, Op> CTRL_CHARS = Map.of(
      'd', Op.SUBMIT,
      't', Op.QUESTION,
      'c', Op.INTERRUPT,
      'a', Op.LINE_START,
      'e', Op.LINE_END,
      'w', Op.DELETE_WORD,
      'h', Op.BACKSPACE,
      'j', Op.ENTER,
      'm', Op.ENTER);

  /** The keys shown in the round screen's footer. */
  static final String ROUND_FOOTER =
      "Ctrl-D/F10 submit  F2 whole question  PgUp/PgDn scroll question  Esc leave round"
          + "  Ctrl-C quit";

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

  /** The character of a {@link Op#CHAR} key. */
  static char character(KeyStroke k) {
    return k.getCharacter();
  }
}
