package dev.mockloop.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextCharacter;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Foreground, background and modifiers of a piece of text on screen, with the screen characters
 * drawn in it ({@link #cell}), each made once: Lanterna's {@code putString} makes a new character
 * for every cell, and each checks with a JDK {@code BreakIterator} that it holds one grapheme,
 * which was half the CPU of a frame. A class, not a record: a record's {@code hashCode} and {@code
 * equals} bootstrap method handles on first use (classes no archive holds), and the characters live
 * here.
 */
final class Style {
  static final Style PLAIN = new Style(Colour.DEFAULT, Colour.DEFAULT, Set.of());

  /** Characters kept per style beyond the first 128 (a long answer in CJK need not all stay). */
  private static final int OTHERS = 512;

  private final Colour fg;
  private final Colour bg;
  private final Set<SGR> sgr;
  private final TextCharacter[] ascii = new TextCharacter[128];
  private final Map<Character, TextCharacter> others = new ConcurrentHashMap<>();

  Style(Colour fg, Colour bg, Set<SGR> sgr) {
    this.fg = Objects.requireNonNull(fg, "fg");
    this.bg = Objects.requireNonNull(bg, "bg");
    this.sgr = sgr.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(sgr));
  }

  static Style of(Colour fg, SGR... sgr) {
    return new Style(fg, Colour.DEFAULT, sgr.length == 0 ? Set.of() : Set.of(sgr));
  }

  static Style on(Colour fg, Colour bg, SGR... sgr) {
    return new Style(fg, bg, sgr.length == 0 ? Set.of() : Set.of(sgr));
  }

  Colour fg() {
    return fg;
  }

  Colour bg() {
    return bg;
  }

  Set<SGR> sgr() {
    return sgr;
  }

  /**
   * The screen character for {@code ch} (a visible character of the basic plane) in this style,
   * shared: Lanterna's characters are immutable. A race makes an equal character twice, harmless.
   */
  TextCharacter cell(char ch) {
    if (ch < ascii.length) {
      TextCharacter made = ascii[ch];
      if (made == null) {
        made = make(ch);
        ascii[ch] = made;
      }
      return made;
    }
    TextCharacter made = others.get(ch);
    if (made == null) {
      made = make(ch);
      if (others.size() < OTHERS) {
        others.put(ch, made);
      }
    }
    return made;
  }

  private TextCharacter make(char ch) {
    return new TextCharacter(ch, fg.lanterna(), bg.lanterna(), modifiers());
  }

  /** The modifiers as Lanterna takes them. */
  EnumSet<SGR> modifiers() {
    return sgr.isEmpty() ? EnumSet.noneOf(SGR.class) : EnumSet.copyOf(sgr);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Style s && fg.equals(s.fg) && bg.equals(s.bg) && sgr.equals(s.sgr);
  }

  @Override
  public int hashCode() {
    return (fg.hashCode() * 31 + bg.hashCode()) * 31 + sgr.hashCode();
  }

  @Override
  public String toString() {
    return "Style[fg=" + fg + ", bg=" + bg + ", sgr=" + sgr + "]";
  }
}
