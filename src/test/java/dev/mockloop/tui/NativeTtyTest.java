package dev.mockloop.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import org.junit.jupiter.api.Test;

class NativeTtyTest {
  /** Linux's {@code c_lflag} bits as glibc and the kernel's generic termbits number them. */
  private static final long ISIG = 0x1;

  private static final long IEXTEN = 0x8000;

  @Test
  void rawModeDropsCanonicalModeAndEchoOnly() {
    long cooked = ISIG | NativeTty.ICANON | NativeTty.ECHO | IEXTEN;
    assertThat(NativeTty.rawLocalFlags(cooked)).isEqualTo(ISIG | IEXTEN);
    assertThat(NativeTty.rawLocalFlags(ISIG)).isEqualTo(ISIG);
  }

  @Test
  void rawModeReadsOneByteAndTurnsCtrlCsSignalOff() {
    byte[] cc = new byte[32];
    cc[NativeTty.VINTR] = 3; // ^C
    cc[NativeTty.VMIN] = 0;
    cc[1] = 0x1c; // VQUIT stays
    NativeTty.rawControlChars(cc);
    assertThat(cc[NativeTty.VMIN]).isEqualTo((byte) 1);
    assertThat(cc[NativeTty.VINTR]).isZero();
    assertThat(cc[1]).isEqualTo((byte) 0x1c);
  }

  @Test
  void onlyLinuxOnX8664AndArm64OpensNatively() {
    assertThat(NativeTty.linux("Linux", "amd64")).isTrue();
    assertThat(NativeTty.linux("Linux", "aarch64")).isTrue();
    assertThat(NativeTty.linux("Linux", "ppc64le")).isFalse();
    assertThat(NativeTty.linux("Linux", "arm")).isFalse();
    assertThat(NativeTty.linux("Mac OS X", "aarch64")).isFalse();
    assertThat(NativeTty.linux("FreeBSD", "amd64")).isFalse();
  }

  @Test
  void anUnknownSizeIsLeftToTheTerminalsQuery() {
    assertThat(NativeTty.size(30, 100)).isEqualTo(new TerminalSize(100, 30));
    assertThat(NativeTty.size(0, 0)).isNull();
    assertThat(NativeTty.size(30, 0)).isNull();
    assertThat(NativeTty.size(-1, 80)).isNull();
  }
}
