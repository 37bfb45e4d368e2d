package dev.mockloop.tui;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A small terminal for tests: reads the escape sequences mockloop and Lanterna write (cursor
 * position, erase display, SGR with 16, 256 and true colours, cursor visibility, the alternate
 * screen, which it clears) and keeps what each cell shows: its text and its attributes as SGR
 * numbers. A double-width character's second cell holds "" in its attributes; writing over either
 * half blanks the other, as xterm and tmux do.
 */
final class AnsiScreen {
  final int cols;
  final int rows;
  private final String[] text;
  private final String[] attrs;
  private int row;
  private int col;
  boolean cursorVisible = true;
  private final TreeSet<Integer> modes = new TreeSet<>();
  private String fg = "39";
  private String bg = "49";

  AnsiScreen(int cols, int rows) {
    this.cols = cols;
    this.rows = rows;
    text = new String[cols * rows];
    attrs = new String[cols * rows];
    erase();
  }

  String cursor() {
    return cursorVisible ? row + "," + col : "hidden";
  }

  /** Row {@code r} as text and attributes, one cell after the other. */
  String dump(int r) {
    StringBuilder sb = new StringBuilder();
    for (int c = 0; c < cols; c++) {
      int i = r * cols + c;
      sb.append('[').append(text[i]).append('|').append(attrs[i]).append(']');
    }
    return sb.toString();
  }

  List<String> dump() {
    List<String> all = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      all.add(dump(r));
    }
    all.add("cursor " + cursor());
    return all;
  }

  AnsiScreen feed(byte[] bytes) {
    String s = new String(bytes, StandardCharsets.UTF_8);
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == 0x1b && i < s.length() && s.charAt(i) == '[') {
        int end = i + 1;
        while (s.charAt(end) < 0x40 || s.charAt(end) > 0x7e) {
          end++;
        }
        csi(s.substring(i + 1, end), s.charAt(end));
        i = end + 1;
      } else if (cp >= ' ') {
        print(cp);
      } else if (cp != 0) { // Lanterna writes a NUL after a character of 2 or 3 bytes; ignored
        throw new IllegalArgumentException("control character " + cp);
      }
    }
    return this;
  }

  private void csi(String params, char fin) {
    boolean priv = params.startsWith("?");
    String[] p = (priv ? params.substring(1) : params).split(";", -1);
    switch (fin) {
      case 'H' -> {
        row = p[0].isEmpty() ? 0 : Integer.parseInt(p[0]) - 1;
        col = p.length < 2 || p[1].isEmpty() ? 0 : Integer.parseInt(p[1]) - 1;
      }
      case 'J' -> erase();
      case 'm' -> sgr(p);
      case 'h', 'l' -> {
        if (priv && p[0].equals("25")) {
          cursorVisible = fin == 'h';
        } else if (priv && p[0].equals("1049")) {
          erase();
        }
      }
      default -> throw new IllegalArgumentException("CSI " + params + fin);
    }
  }

  private void sgr(String[] p) {
    for (int k = 0; k < p.length; k++) {
      int n = p[k].isEmpty() ? 0 : Integer.parseInt(p[k]);
      if (n == 0) {
        modes.clear();
        fg = "39";
        bg = "49";
      } else if (n == 38 || n == 48) {
        int len = p[k + 1].equals("5") ? 3 : 5;
        String colour = String.join(";", java.util.Arrays.copyOfRange(p, k, k + len));
        k += len - 1;
        if (n == 38) {
          fg = colour;
        } else {
          bg = colour;
        }
      } else if ((n >= 30 && n <= 39) || (n >= 90 && n <= 97)) {
        fg = String.valueOf(n);
      } else if ((n >= 40 && n <= 49) || (n >= 100 && n <= 107)) {
        bg = String.valueOf(n);
      } else if (n == 22) {
        modes.remove(1); // normal intensity: neither bold nor faint
        modes.remove(2);
      } else if (n == 23) {
        modes.remove(3);
        modes.remove(20);
      } else if (n >= 24 && n <= 29) {
        modes.remove(n - 20);
      } else if (n == 54) {
        modes.remove(51);
        modes.remove(52);
      } else {
        modes.add(n);
      }
    }
  }

  private String attr() {
    return modes + fg + "/" + bg;
  }

  private void erase() {
    for (int i = 0; i < text.length; i++) {
      text[i] = " ";
      attrs[i] = "[]39/" + bg;
    }
  }

  private void print(int cp) {
    int w = Glyphs.columns(cp);
    if (col >= cols || row >= rows) {
      throw new IllegalStateException("writes past the edge at " + row + "," + col);
    }
    int i = row * cols + col;
    if ("".equals(text[i]) && col > 0) {
      text[i - 1] = " "; // over the second half of a double-width character
    }
    if (w == 1 && col + 1 < cols && "".equals(text[i + 1])) {
      text[i + 1] = " "; // a narrow one over the first half
    }
    text[i] = Character.toString(cp);
    attrs[i] = attr();
    if (w == 2 && col + 1 < cols) { // else cut at the edge
      text[i + 1] = "";
      attrs[i + 1] = attr();
    }
    col += w;
  }
}
