package dev.mockloop.tui;

import com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal.CtrlCBehaviour;
import com.googlecode.lanterna.terminal.ansi.UnixTerminal;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;

/**
 * Lanterna's Unix terminal, writing a surrogate pair (an emoji) as the one character it is.
 * Lanterna 3.1 keeps such a character whole on its screen ({@code TextCharacter.fromString}) but
 * its terminal writes a string char by char, encoding each half alone, so the terminal got two
 * {@code ?}. Here a high surrogate waits for its low one and the pair is encoded together.
 */
final class PairTerminal extends UnixTerminal {
  private char high;

  PairTerminal(InputStream in, OutputStream out, Charset charset) throws IOException {
    super(in, out, charset, CtrlCBehaviour.TRAP);
  }

  @Override
  public void putCharacter(char c) throws IOException {
    if (Character.isHighSurrogate(c)) {
      high = c;
      return;
    }
    if (Character.isLowSurrogate(c) && high != 0) {
      writeToTerminal(new String(new char[] {high, c}).getBytes(getCharset()));
      high = 0;
      return;
    }
    high = 0;
    super.putCharacter(c);
  }
}
