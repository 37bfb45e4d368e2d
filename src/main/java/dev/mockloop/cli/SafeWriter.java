package dev.mockloop.cli;

import dev.mockloop.io.SafeText;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.function.BooleanSupplier;

/**
 * The writer behind every command's output: text passes through {@link SafeText}, so question
 * files, answers and transcripts can never send raw terminal control. Colour (SGR) is kept only
 * when this run may colour at all (a terminal, no {@code --no-color}, no {@code NO_COLOR});
 * otherwise every escape goes, the program's own included. Commands that colour their output make
 * the foreign text in it plain themselves, so only their own styling reaches the terminal. Each
 * write is filtered on its own; PrintWriter writes whole strings, so sequences are not split.
 */
final class SafeWriter extends FilterWriter {
  private final BooleanSupplier colourAllowed;
  private Boolean colour;

  /** {@code colourAllowed} is asked once, at the first escape (start-up time stays low). */
  SafeWriter(Writer out, BooleanSupplier colourAllowed) {
    super(out);
    this.colourAllowed = colourAllowed;
  }

  @Override
  public void write(int c) throws IOException {
    write(String.valueOf((char) c), 0, 1);
  }

  @Override
  public void write(char[] cbuf, int off, int len) throws IOException {
    write(new String(cbuf, off, len), 0, len);
  }

  @Override
  public void write(String str, int off, int len) throws IOException {
    String text = str.substring(off, off + len);
    if (SafeText.isClean(text)) { // no ESC either: both filters would return it as it is
      out.write(text, 0, text.length());
      return;
    }
    boolean keep = text.indexOf('\u001b') >= 0 && colour(); // the two differ only on ESC
    String safe = keep ? SafeText.keepingColour(text) : SafeText.plain(text);
    out.write(safe, 0, safe.length());
  }

  private boolean colour() {
    if (colour == null) {
      colour = colourAllowed.getAsBoolean();
    }
    return colour;
  }
}
