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

  /** Keys closer together than this came in one burst: a paste, not typing. */
  static final long PASTE_GAP_NANOS = 5_000_000L;

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

  /**
   * The key after {@code k}: one already queued, or, when {@code wait}, one that comes within
   * {@link #PASTE_GAP_NANOS} of {@code k}; null when none did (or on a wake). An interrupt ends the
   * wait and stays set for the loop's next wait.
   */
  Arrival after(Arrival k, boolean wait) {
    Arrival a = poll();
    if (a != null || !wait) {
      return a;
    }
    try {
      return next(k.at() + PASTE_GAP_NANOS - System.nanoTime());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  /**
   * True when {@code next} is a character that came right behind {@code k}: the keys of a paste
   * arrive microseconds apart, a person's keys tens of milliseconds apart.
   */
  static boolean pasted(Arrival k, Arrival next) {
    return next != null
        && next.key().getKeyType() == KeyType.Character
        && next.at() - k.at() < PASTE_GAP_NANOS;
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
