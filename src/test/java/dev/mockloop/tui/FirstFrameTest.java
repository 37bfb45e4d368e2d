package dev.mockloop.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.ansi.ANSITerminal;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first frame painted without Lanterna ({@link FirstFrame}) shows on a terminal exactly what
 * Lanterna's first refresh of the same app shows: each cell's text, colours and modifiers, and the
 * cursor. Both outputs are read by the same small terminal ({@link AnsiScreen}); Lanterna's comes
 * from its own ANSI terminal writing to memory.
 */
class FirstFrameTest {
  @TempDir Path dir;

  /** Lanterna's ANSI terminal of a given size writing to memory (a surrogate pair kept whole). */
  private static final class MemoryTerminal extends ANSITerminal {
    final ByteArrayOutputStream out;
    private final TerminalSize size;
    private char high;

    MemoryTerminal(TerminalSize size, ByteArrayOutputStream out) throws IOException {
      super(new ByteArrayInputStream(new byte[0]), out, StandardCharsets.UTF_8);
      this.size = size;
      this.out = out;
    }

    @Override
    protected TerminalSize findTerminalSize() {
      return size;
    }

    @Override
    public void putCharacter(char c) throws IOException {
      if (Character.isHighSurrogate(c)) {
        high = c;
      } else if (Character.isLowSurrogate(c) && high != 0) {
        writeToTerminal(new String(new char[] {high, c}).getBytes(StandardCharsets.UTF_8));
      } else {
        super.putCharacter(c);
      }
    }
  }

  /** What Lanterna's screen, started afresh, shows of {@code app}. */
  private static AnsiScreen byLanterna(App app, TerminalSize size) throws IOException {
    MemoryTerminal t = new MemoryTerminal(size, new ByteArrayOutputStream());
    TerminalScreen screen = new TerminalScreen(t);
    screen.startScreen();
    new TuiDriver(app, screen).redraw();
    return new AnsiScreen(size.getColumns(), size.getRows()).feed(t.out.toByteArray());
  }

  private static AnsiScreen ours(App app, TerminalSize size) {
    return new AnsiScreen(size.getColumns(), size.getRows()).feed(FirstFrame.render(app, size));
  }

  private static AnsiScreen same(App app, int cols, int rows) throws IOException {
    TerminalSize size = new TerminalSize(cols, rows);
    AnsiScreen ours = ours(app, size);
    assertThat(ours.dump()).containsExactlyElementsOf(byLanterna(app, size).dump());
    return ours;
  }

  @Test
  void homeScreenInColourAndWithout() throws IOException {
    for (boolean noColor : new boolean[] {false, true}) {
      try (VirtualTui tui = new VirtualTui(dir, 80, 24, noColor, Optional.empty())) {
        same(tui.app, 80, 24);
        same(tui.app, 100, 30);
        same(tui.app, 30, 8); // too small: the enlarge message
      }
    }
  }

  @Test
  void roundReadingPageAndAnswerWithWideCharactersAndTheCursor() throws IOException {
    try (VirtualTui tui = VirtualTui.dynamo(dir)) {
      same(tui.app, 80, 24);
      tui.key(KeyType.Enter);
      tui.type("Sharded 数据库 with a cache 🚀 and p99 ✓ under 4 ms; ｗｉｄｅ text " + "表".repeat(60));
      AnsiScreen answer = same(tui.app, 80, 24);
      assertThat(String.join("\n", answer.dump())).contains("[数|", "[🚀|", "[ｗ|", "[✓|");
      assertThat(answer.cursorVisible).isTrue();
      same(tui.app, 81, 24); // a double-width character cut at the right edge
      tui.ctrl('c'); // the quit question: the cursor hidden
      same(tui.app, 80, 24);
    }
  }

  /** Cells put over either half of a double-width character, as Lanterna's buffer keeps them. */
  @Test
  void overwritingDoubleWidthCellsAsLanternaDoes() throws IOException {
    Style bold = Style.on(Theme.colour().bad.fg(), Theme.colour().bar.bg());
    Consumer<Cells> scribble =
        c -> {
          c.put(0, 0, '表', bold);
          c.put(1, 0, 'x', Style.PLAIN); // over the second half
          c.put(4, 0, '表', bold);
          c.put(3, 0, '表', Style.PLAIN); // its second half over the first half
          c.putWide(8, 1, 0x1F680, bold);
          c.put(8, 1, 'y', bold); // over the first half
          c.put(9, 2, '表', bold); // the last column: its second cell is outside
          c.put(0, 3, ' ', bold); // a blank that is not plain
        };
    TerminalSize size = new TerminalSize(10, 4);
    MemoryTerminal t = new MemoryTerminal(size, new ByteArrayOutputStream());
    TerminalScreen screen = new TerminalScreen(t);
    screen.startScreen();
    scribble.accept(new ScreenCells(screen));
    screen.setCursorPosition(null);
    screen.refresh();
    FrameCells cells = new FrameCells(size);
    scribble.accept(cells);
    AnsiScreen ours = new AnsiScreen(10, 4).feed(AnsiFrame.encode(cells, null));
    AnsiScreen theirs = new AnsiScreen(10, 4).feed(t.out.toByteArray());
    assertThat(ours.dump()).containsExactlyElementsOf(theirs.dump());
  }

  /** Each {@link Colour} is Lanterna's colour of its name, with the same SGR numbers. */
  @Test
  void coloursAreLanternasWithTheirNumbers() {
    assertThat(Colour.values()).hasSameSizeAs(TextColor.ANSI.values());
    for (Colour c : Colour.values()) {
      TextColor.ANSI theirs = TextColor.ANSI.values()[c.ordinal()];
      assertThat(c.lanterna()).isSameAs(theirs);
      assertThat(c.foreground.getBytes(StandardCharsets.US_ASCII))
          .isEqualTo(theirs.getForegroundSGRSequence());
      assertThat(c.background.getBytes(StandardCharsets.US_ASCII))
          .isEqualTo(theirs.getBackgroundSGRSequence());
    }
  }

  /** {@link FrameCells#wide} is Lanterna's double width for every character a canvas puts. */
  @Test
  void doubleWidthAgreesWithLanterna() {
    for (char c = ' '; c < Character.MAX_VALUE; c++) {
      if (Character.isSurrogate(c) || Character.isISOControl(c) || Glyphs.shown("" + c, 0) != c) {
        continue;
      }
      assertThat(FrameCells.wide(c))
          .as("U+%04X", (int) c)
          .isEqualTo(new TextCharacter(c).isDoubleWidth());
    }
  }
}
