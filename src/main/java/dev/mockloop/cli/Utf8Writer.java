package dev.mockloop.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * The process's standard output and error as UTF-8 text, buffered until {@link #flush}: what {@code
 * new PrintWriter(System.out, true, UTF_8)} gave, made for long text. That chain copies every char
 * into a buffer and encodes it in loops that run interpreted at start-up (about 8 ms for the 160 KB
 * of a 2,000-scenario {@code questions list}); here a string becomes bytes in one {@link
 * String#getBytes} (a copy for ASCII text) and long text goes to the stream in one write. A
 * surrogate pair split between two writes is joined, as the encoder it replaces joined it.
 */
final class Utf8Writer extends Writer {
  private final OutputStream out;
  private final byte[] buffer = new byte[8192];
  private int used;
  private char high; // the first half of a pair whose second half is still to come; 0 for none

  Utf8Writer(OutputStream out) {
    this.out = out;
  }

  @Override
  public void write(String text, int off, int len) throws IOException {
    if (len <= 0) {
      return;
    }
    String part = text.substring(off, off + len);
    if (high != 0) {
      part = high + part;
      high = 0;
    }
    char last = part.charAt(part.length() - 1);
    if (Character.isHighSurrogate(last)) {
      high = last;
      part = part.substring(0, part.length() - 1);
    }
    bytes(part.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public void write(char[] chars, int off, int len) throws IOException {
    write(new String(chars, off, len), 0, len);
  }

  @Override
  public void write(int c) throws IOException {
    write(String.valueOf((char) c), 0, 1);
  }

  private void bytes(byte[] b) throws IOException {
    if (b.length > buffer.length - used) {
      drain();
      if (b.length >= buffer.length) {
        out.write(b, 0, b.length);
        return;
      }
    }
    System.arraycopy(b, 0, buffer, used, b.length);
    used += b.length;
  }

  private void drain() throws IOException {
    if (used > 0) {
      out.write(buffer, 0, used);
      used = 0;
    }
  }

  @Override
  public void flush() throws IOException {
    drain();
    out.flush();
  }

  /** Flushes and closes the stream; a first half of a pair left over is written as '?'. */
  @Override
  public void close() throws IOException {
    if (high != 0) {
      high = 0;
      bytes(new byte[] {'?'});
    }
    flush();
    out.close();
  }
}
