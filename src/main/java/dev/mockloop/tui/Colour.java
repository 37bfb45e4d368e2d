package dev.mockloop.tui;

import com.googlecode.lanterna.TextColor;

/**
 * The terminal's 16 indexed colours and its default, as a {@link Style} holds them, with their SGR
 * numbers. Not Lanterna's {@code TextColor.ANSI} itself: that enum formats its SGR numbers with
 * {@code String.format} as it loads, which loads {@code Formatter}, regular expressions and the
 * locale providers, about 8 ms of CPU before the first frame ({@link FirstFrame}) could be drawn.
 * Lanterna's colour ({@link #lanterna}) is looked up only when a Lanterna screen character is made.
 * Same names and order as {@code TextColor.ANSI} ({@code ColourTest} checks the numbers against
 * it).
 */
enum Colour {
  BLACK(0, false),
  RED(1, false),
  GREEN(2, false),
  YELLOW(3, false),
  BLUE(4, false),
  MAGENTA(5, false),
  CYAN(6, false),
  WHITE(7, false),
  DEFAULT(9, false),
  BLACK_BRIGHT(0, true),
  RED_BRIGHT(1, true),
  GREEN_BRIGHT(2, true),
  YELLOW_BRIGHT(3, true),
  BLUE_BRIGHT(4, true),
  MAGENTA_BRIGHT(5, true),
  CYAN_BRIGHT(6, true),
  WHITE_BRIGHT(7, true);

  /** The SGR number that sets it as the foreground ("31", "91", "39"). */
  final String foreground;

  /** The SGR number that sets it as the background ("41", "101", "49"). */
  final String background;

  Colour(int index, boolean bright) {
    foreground = (bright ? "9" : "3") + index;
    background = (bright ? "10" : "4") + index;
  }

  /** Lanterna's colour of the same name (loading Lanterna's colours on first use). */
  TextColor.ANSI lanterna() {
    return TextColor.ANSI.valueOf(name());
  }
}
