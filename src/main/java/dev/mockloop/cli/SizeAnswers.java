package dev.mockloop.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * Standard input for the AppCDS training's frames on a pseudo-terminal, which has no emulator to
 * answer Lanterna's size query (a cursor-position request, {@code ESC [ 6 n}, sent as the screen
 * opens; unanswered, Lanterna waits five seconds for it). {@link #watch} wraps the output the
 * terminal writes to; each request seen there puts the answer, a 100x30 screen, on this input. Once
 * {@code queries} have been answered, or when no request comes for a second, the input ends: the UI
 * reads end of input after its first frame and closes.
 */
final class SizeAnswers extends InputStream {
  private static final byte[] REQUEST = {27, '[', '6', 'n'};
  private static final byte[] ANSWER = "\033[30;100R".getBytes(StandardCharsets.US_ASCII);
  private static final long WAIT_NANOS = TimeUnit.SECONDS.toNanos(1);

  private final int queries;
  private int asked;
  private int answered;
  private int pos = ANSWER.length; // nothing to read until asked

  SizeAnswers(int queries) {
    this.queries = queries;
  }

  /** {@code out}, watched for size requests. */
  OutputStream watch(OutputStream out) {
    return new FilterOutputStream(out) {
      private int matched;

      @Override
      public void write(int b) throws IOException {
        out.write(b);
        matched = b == REQUEST[matched] ? matched + 1 : b == REQUEST[0] ? 1 : 0;
        if (matched == REQUEST.length) {
          matched = 0;
          asked();
        }
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        for (int i = 0; i < len; i++) {
          write(b[off + i]);
        }
      }
    };
  }

  private synchronized void asked() {
    asked++;
    notifyAll();
  }

  @Override
  public synchronized int available() {
    return pos < ANSWER.length ? ANSWER.length - pos : asked > answered ? ANSWER.length : 0;
  }

  @Override
  public synchronized int read() throws IOException {
    if (pos >= ANSWER.length) {
      long deadline = System.nanoTime() + WAIT_NANOS;
      while (asked <= answered && answered < queries) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return -1;
        }
        try {
          TimeUnit.NANOSECONDS.timedWait(this, left);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return -1;
        }
      }
      if (asked <= answered) {
        return -1; // every expected request answered: the input ends
      }
      answered++;
      pos = 0;
    }
    return ANSWER[pos++];
  }

  @Override
  public synchronized int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    int first = read();
    if (first < 0) {
      return -1;
    }
    b[off] = (byte) first;
    int n = 1;
    while (n < len && pos < ANSWER.length) {
      b[off + n++] = ANSWER[pos++];
    }
    return n;
  }
}
