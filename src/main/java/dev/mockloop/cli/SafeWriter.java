package dev.mockloop.cli;

import dev.mockloop.io.SafeText;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * The writer behind every command's output: text passes through {@link SafeText#keepingColour},
 * so question files, answers and transcripts can never send raw terminal control. Each write is
 * filtered on its own; PrintWriter writes whole strings, so sequences are not split.
 */
final class SafeWriter extends FilterWriter {
  SafeWriter(Writer out) {
    super(out);
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
    String safe = SafeText.keepingColour(str.substring(off, off + len));
    out.write(safe, 0, safe.length());
  }
}
