package dev.mockloop.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import org.junit.jupiter.api.Test;

class NativeTtyTest {
  /** Linux's {@code c_lflag} bits as glibc and the kernel's generic termbits number them. */
  private static final long ISIG = 0x1;

  private static final long IEXTEN = 0x8000;

  /**
   * The kernel's termios as words: canonical mode and echo off, the other local flags, the other
   * words, the line discipline and the other control characters as they were.
   */
  @Test
  void rawModeDropsCanonicalModeAndEchoAndSetsMinAndIntrOnly() {
    int[] t = new int[NativeTty.WORDS];
    t[0] = 0x500; // input flags
    t[3] = (int) (ISIG | NativeTty.ICANON | NativeTty.ECHO | IEXTEN);
    t[4] = 0x03_00 | 0x00; // c_line 0 (N_TTY) in the low byte, then c_cc[VINTR] = ^C
    NativeTty.setCc(t, 1, 0x1c); // VQUIT
    NativeTty.setCc(t, NativeTty.VMIN, 0);
    NativeTty.setCc(t, 18, 0x7f); // the last of c_cc[19]
    int[] before = t.clone();
    assertThat(NativeTty.cc(t, NativeTty.VINTR)).isEqualTo(3);
    NativeTty.makeRaw(t);
    assertThat(t[3]).isEqualTo((int) (ISIG | IEXTEN));
    assertThat(NativeTty.cc(t, NativeTty.VMIN)).isEqualTo(1);
    assertThat(NativeTty.cc(t, NativeTty.VINTR)).isZero();
    assertThat(NativeTty.cc(t, 1)).isEqualTo(0x1c);
    assertThat(NativeTty.cc(t, 18)).isEqualTo(0x7f);
    assertThat(t[4] & 0xff).isZero(); // c_line
    assertThat(t[0]).isEqualTo(before[0]);
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
