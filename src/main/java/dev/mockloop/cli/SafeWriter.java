package dev.mockloop.cli;

import dev.mockloop.io.SafeText;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * The writer behind every command's output: text passes through {@link SafeText}, so question
 * files, answers and transcripts can never send raw terminal control. Colour (SGR) is kept only
 * when this run may colour at all (a terminal, no {@code --no-color}, no {@code NO_COLOR});
 * otherwise every escape goes, the program's own included. Commands that colour their output
 * make the foreign text in it plain themselves, so only their own styling reaches the terminal.
 * Each write is filtered on its own; PrintWriter writes whole strings, so sequences are not split.
 */
final class SafeWriter extends FilterWriter {
  private final boolean colour;

  SafeWriter(Writer out, boolean colour) {
    super(out);
    this.colour = colour;
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
    String safe = colour ? SafeText.keepingColour(text) : SafeText.plain(text);
    out.write(safe, 0, safe.length());
  }
}
