package dev.mockloop.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalPosition;
import java.nio.charset.StandardCharsets;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The escape sequences that show a {@link FrameCells} on a terminal already in the alternate
 * screen: the screen cleared in the default colours, then every cell that is not a plain blank, row
 * by row, each run of one style after a full SGR (reset, modifiers, Lanterna's own colour
 * sequences), and the cursor shown where the app wants it or hidden. What Lanterna's first (full)
 * refresh of the same drawing leaves on the terminal, cell for cell ({@code FirstFrameTest}
 * compares the two).
 */
final class AnsiFrame {
  private static final String CSI = "\u001b[";

  private AnsiFrame() {}

  static byte[] encode(FrameCells cells, TerminalPosition cursor) {
    StringBuilder sb = new StringBuilder(cells.cols * cells.rows + 512);
    sb.append(CSI).append("0m").append(CSI).append("2J");
    Map<Style, String> sgr = new IdentityHashMap<>();
    Style current = Style.PLAIN;
    for (int row = 0; row < cells.rows; row++) {
      int at = -1; // the column the terminal's cursor is at on this row, or -1
      for (int col = 0; col < cells.cols; col++) {
        int cp = cells.at(col, row);
        Style style = cells.style(col, row);
        if (cp == ' ' && Style.PLAIN.equals(style)) {
          continue; // the clear left it so
        }
        if (at != col) {
          sb.append(CSI).append(row + 1).append(';').append(col + 1).append('H');
        }
        if (style != current) {
          sb.append(sgr.computeIfAbsent(style, AnsiFrame::sgr));
          current = style;
        }
        sb.appendCodePoint(cp);
        at = col + 1;
        if (FrameCells.wide(cp)) {
          col++; // its second cell, which Lanterna leaves as it is
          at++;
        }
      }
    }
    sb.append(CSI).append("0m");
    if (cursor == null) {
      sb.append(CSI).append("?25l");
    } else {
      int col = cursor.getColumn();
      if (col > 0 && col <= cells.cols && cursor.getRow() < cells.rows) {
        // on the second cell of a double-width character, Lanterna puts it on the character
        col -= FrameCells.wide(cells.at(col - 1, cursor.getRow())) ? 1 : 0;
      }
      sb.append(CSI).append("?25h").append(CSI).append(cursor.getRow() + 1).append(';');
      sb.append(col + 1).append('H');
    }
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** One SGR sequence that sets exactly {@code style}: reset, modifiers, colours. */
  private static String sgr(Style style) {
    StringBuilder sb = new StringBuilder(CSI).append('0');
    for (SGR m : style.sgr()) {
      sb.append(';').append(code(m));
    }
    sb.append(';').append(style.fg().foreground);
    sb.append(';').append(style.bg().background);
    return sb.append('m').toString();
  }

  private static int code(SGR m) {
    return switch (m) {
      case BOLD -> 1;
      case ITALIC -> 3;
      case UNDERLINE -> 4;
      case BLINK -> 5;
      case REVERSE -> 7;
      case CROSSED_OUT -> 9;
      case FRAKTUR -> 20;
      case BORDERED -> 51;
      case CIRCLED -> 52;
    };
  }
}
