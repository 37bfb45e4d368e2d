package dev.mockloop.line;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jline.utils.NonBlockingReader;
import org.junit.jupiter.api.Test;

/**
 * A half line on a dumb terminal comes through JLine's reading thread, which on a busy machine may
 * be scheduled late: {@link CookedLine#collect} must wait for it, not give up after the quiet time
 * between characters (the half line was then lost, and arrived later as the reply to "Quit?").
 */
class CookedLineTest {
  /** The characters arrive {@code delayMs} after the read starts, then one after another. */
  private static final class LateReader extends NonBlockingReader {
    private final BlockingQueue<Integer> chars = new LinkedBlockingQueue<>();

    LateReader(String text, long delayMs) {
      Thread t =
          new Thread(
              () -> {
                try {
                  Thread.sleep(delayMs);
                  text.chars().forEach(chars::add);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
              });
      t.setDaemon(true);
      t.start();
    }

    @Override
    protected int read(long timeout, boolean isPeek) throws IOException {
      try {
        Integer c = isPeek ? chars.peek() : chars.poll(timeout, TimeUnit.MILLISECONDS);
        return c == null ? READ_EXPIRED : c;
      } catch (InterruptedException e) {
        throw new java.io.InterruptedIOException();
      }
    }

    @Override
    public int readBuffered(char[] b, int off, int len, long timeout) throws IOException {
      int c = read(timeout, false);
      if (c < 0) {
        return c;
      }
      b[off] = (char) c;
      return 1;
    }

    @Override
    public void close() {}
  }

  @Test
  void aHalfLineThatComesThroughLateIsStillCollectedEveryTime() throws Exception {
    long[] delays = {0, 50, 120, 200, 300, 400, 450};
    for (int run = 0; run < 3; run++) {
      for (long delay : delays) {
        StringBuilder sb = new StringBuilder();
        CookedLine.collect(
            new LateReader("half typed line", delay), CookedLine.FIRST_MS, CookedLine.QUIET_MS, sb);
        assertThat(sb).as("first character after %d ms", delay).hasToString("half typed line");
      }
    }
  }

  @Test
  void nothingTypedEndsAfterTheFirstWait() throws Exception {
    StringBuilder sb = new StringBuilder();
    long start = System.nanoTime();
    CookedLine.collect(new LateReader("", 0), CookedLine.FIRST_MS, CookedLine.QUIET_MS, sb);
    long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    assertThat(sb).isEmpty();
    assertThat(ms).isBetween(CookedLine.FIRST_MS - 10, CookedLine.FIRST_MS + 2_000);
  }
}
