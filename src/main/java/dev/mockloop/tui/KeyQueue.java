package dev.mockloop.tui;

import com.googlecode.lanterna.input.InputProvider;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.io.IOException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The terminal's keys for the UI loop, so that the loop blocks until a key comes or its next tick
 * is due instead of sleeping and polling. A daemon thread sits in Lanterna's blocking {@code
 * readInput} and queues each key in order with the time it arrived ({@code System.nanoTime}: a key
 * typed ahead of a new screen is told by when it came, not when the loop took it); the loop waits
 * on the queue with a timeout. A resize or the return from Ctrl-Z {@link #wake}s the loop at once.
 * End of input is queued as {@link KeyType#EOF} and ends the reading.
 */
final class KeyQueue implements AutoCloseable {
  private static final Object WAKE = new Object();

  private final BlockingQueue<Object> queue = new LinkedBlockingQueue<>();
  private volatile boolean closed;

  private KeyQueue() {}

  /** Starts reading {@code input} on its own thread. */
  static KeyQueue start(InputProvider input) {
    KeyQueue q = new KeyQueue();
    Thread reader = new Thread(() -> q.read(input), "mockloop-keys");
    reader.setDaemon(true);
    reader.start();
    return q;
  }

  private void read(InputProvider input) {
    try {
      while (!closed) {
        KeyStroke k = input.readInput();
        if (k != null && !closed) {
          queue.add(new Arrival(k, System.nanoTime()));
          if (k.getKeyType() == KeyType.EOF) {
            return;
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      queue.add(new Arrival(new KeyStroke(KeyType.EOF), System.nanoTime()));
    }
  }

  /** Ends the loop's wait now (the screen needs drawing). */
  void wake() {
    queue.add(WAKE);
  }

  /** A key and when it arrived ({@code System.nanoTime}). */
  record Arrival(KeyStroke key, long at) {}

  /** The next key, waiting at most {@code nanos}; null when none came in time (or on a wake). */
  Arrival next(long nanos) throws InterruptedException {
    Object o = nanos > 0 ? queue.poll(nanos, TimeUnit.NANOSECONDS) : queue.poll();
    return o instanceof Arrival a ? a : null;
  }

  /** A key already queued, or null; never waits. */
  Arrival poll() {
    Object o = queue.poll();
    return o instanceof Arrival a ? a : null;
  }

  /** Keys read after this are dropped (the UI has ended). */
  @Override
  public void close() {
    closed = true;
  }
}
