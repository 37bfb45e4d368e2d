package dev.mockloop.tui;

import com.googlecode.lanterna.SGR;

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
      dim = Style.of(Colour.WHITE);
      heading = Style.of(Colour.CYAN_BRIGHT, SGR.BOLD);
      bar = Style.on(Colour.BLACK, Colour.CYAN);
      selected = Style.on(Colour.BLACK, Colour.YELLOW);
      highlight = Style.on(Colour.BLACK, Colour.GREEN_BRIGHT);
      good = Style.of(Colour.GREEN_BRIGHT);
      warn = Style.of(Colour.YELLOW_BRIGHT, SGR.BOLD);
      bad = Style.of(Colour.RED_BRIGHT, SGR.BOLD);
      key = Style.of(Colour.CYAN_BRIGHT, SGR.BOLD);
      empty = Style.of(Colour.BLACK_BRIGHT);
    } else {
      dim = Style.PLAIN;
      heading = Style.of(Colour.DEFAULT, SGR.BOLD);
      bar = Style.of(Colour.DEFAULT, SGR.REVERSE);
      selected = Style.of(Colour.DEFAULT, SGR.REVERSE);
      highlight = Style.of(Colour.DEFAULT, SGR.UNDERLINE, SGR.BOLD);
      good = Style.PLAIN;
      warn = Style.of(Colour.DEFAULT, SGR.BOLD);
      bad = Style.of(Colour.DEFAULT, SGR.BOLD);
      key = Style.of(Colour.DEFAULT, SGR.BOLD);
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
