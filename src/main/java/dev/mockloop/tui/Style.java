package dev.mockloop.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;
import java.util.EnumSet;
import java.util.Set;

/** Foreground, background and modifiers of a piece of text on screen. */
record Style(TextColor fg, TextColor bg, Set<SGR> sgr) {
  static final Style PLAIN = new Style(TextColor.ANSI.DEFAULT, TextColor.ANSI.DEFAULT, Set.of());

  Style {
    sgr = sgr.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(sgr));
  }

  static Style of(TextColor fg, SGR... sgr) {
    return new Style(fg, TextColor.ANSI.DEFAULT, sgr.length == 0 ? Set.of() : Set.of(sgr));
  }

  static Style on(TextColor fg, TextColor bg, SGR... sgr) {
    return new Style(fg, bg, sgr.length == 0 ? Set.of() : Set.of(sgr));
  }
}
