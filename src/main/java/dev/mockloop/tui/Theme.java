package dev.mockloop.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor.ANSI;

/**
 * The styles every screen uses, in colour or (for {@code --no-color} and {@code NO_COLOR}) with the
 * terminal's default colours and only bold, underline and reverse. Indexed ANSI colours only, never
 * true colour.
 */
final class Theme {
  final boolean color;
  final Style normal;
  final Style dim;
  final Style heading;
  final Style bar;
  final Style selected;
  final Style highlight;
  final Style good;
  final Style warn;
  final Style bad;
  final Style key;
  final Style empty;

  private Theme(boolean color) {
    this.color = color;
    normal = Style.PLAIN;
    if (color) {
      dim = Style.of(ANSI.WHITE);
      heading = Style.of(ANSI.CYAN_BRIGHT, SGR.BOLD);
      bar = Style.on(ANSI.BLACK, ANSI.CYAN);
      selected = Style.on(ANSI.BLACK, ANSI.YELLOW);
      highlight = Style.on(ANSI.BLACK, ANSI.GREEN_BRIGHT);
      good = Style.of(ANSI.GREEN_BRIGHT);
      warn = Style.of(ANSI.YELLOW_BRIGHT, SGR.BOLD);
      bad = Style.of(ANSI.RED_BRIGHT, SGR.BOLD);
      key = Style.of(ANSI.CYAN_BRIGHT, SGR.BOLD);
      empty = Style.of(ANSI.BLACK_BRIGHT);
    } else {
      dim = Style.PLAIN;
      heading = Style.of(ANSI.DEFAULT, SGR.BOLD);
      bar = Style.of(ANSI.DEFAULT, SGR.REVERSE);
      selected = Style.of(ANSI.DEFAULT, SGR.REVERSE);
      highlight = Style.of(ANSI.DEFAULT, SGR.UNDERLINE, SGR.BOLD);
      good = Style.PLAIN;
      warn = Style.of(ANSI.DEFAULT, SGR.BOLD);
      bad = Style.of(ANSI.DEFAULT, SGR.BOLD);
      key = Style.of(ANSI.DEFAULT, SGR.BOLD);
      empty = Style.PLAIN;
    }
  }

  static Theme colour() {
    return new Theme(true);
  }

  static Theme plain() {
    return new Theme(false);
  }

  static Theme of(boolean noColor) {
    return noColor ? plain() : colour();
  }
}
