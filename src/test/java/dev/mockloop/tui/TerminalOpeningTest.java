package dev.mockloop.tui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import com.googlecode.lanterna.terminal.virtual.VirtualTerminalListener;
import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Issue 12: the terminal opens on a thread of its own while the first screen is made; whoever takes
 * it gets the terminal, or the failure to open it as it was thrown, and a start that fails first
 * closes it (restoring the terminal's settings) once it is open.
 */
class TerminalOpeningTest {
  @Test
  void theTerminalIsOpenedOnADaemonThreadOfItsOwnWhileTheCallerGoesOn() throws Exception {
    CountDownLatch callerWentOn = new CountDownLatch(1);
    AtomicReference<Thread> opener = new AtomicReference<>();
    Terminal virtual = new DefaultVirtualTerminal(new TerminalSize(80, 24));
    TerminalOpening opening =
        TerminalOpening.start(
            () -> {
              opener.set(Thread.currentThread());
              callerWentOn.await(); // opens only once the caller has gone on without it
              return virtual;
            });
    callerWentOn.countDown();
    assertThat(opening.get()).isSameAs(virtual);
    assertThat(opener.get()).isNotSameAs(Thread.currentThread());
    assertThat(opener.get().getName()).isEqualTo("mockloop-tty");
    assertThat(opener.get().isDaemon()).isTrue();
  }

  @Test
  void aFailureToOpenIsThrownByGetAsItWasThrown() {
    IOException noTty = new IOException("no /dev/tty");
    TerminalOpening failed =
        TerminalOpening.start(
            () -> {
              throw noTty;
            });
    assertThatThrownBy(failed::get).isSameAs(noTty);
    IllegalStateException odd = new IllegalStateException("odd");
    TerminalOpening failedOddly =
        TerminalOpening.start(
            () -> {
              throw odd;
            });
    assertThatThrownBy(failedOddly::get).isSameAs(odd);
  }

  @Test
  void closeClosesTheOpenedTerminalAndLeavesOneThatFailedQuietly() throws Exception {
    DefaultVirtualTerminal virtual = new DefaultVirtualTerminal(new TerminalSize(80, 24));
    AtomicBoolean closed = new AtomicBoolean();
    virtual.addVirtualTerminalListener(
        new VirtualTerminalListener() {
          @Override
          public void onFlush() {}

          @Override
          public void onBell() {}

          @Override
          public void onClose() {
            closed.set(true);
          }

          @Override
          public void onResized(Terminal terminal, TerminalSize newSize) {}
        });
    TerminalOpening.start(() -> virtual).close();
    assertThat(closed).isTrue();

    TerminalOpening failed =
        TerminalOpening.start(
            () -> {
              throw new IOException("no /dev/tty");
            });
    failed.close(); // nothing to restore, nothing thrown
    assertThatThrownBy(failed::get).isInstanceOf(IOException.class);
  }
}
