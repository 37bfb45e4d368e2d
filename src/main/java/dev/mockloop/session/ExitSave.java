package dev.mockloop.session;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The save a shutdown hook makes on SIGTERM or SIGHUP. It takes the front end's lock so it does not
 * save half an edit, but it never waits for it forever: a thread that holds the lock may be blocked
 * (a read that cannot end), and a hook that waits on it would make the process immune to SIGTERM.
 * After {@link #WAIT} the save runs without the lock; the state it reads is made of immutable
 * snapshots, and every write is atomic, so the worst case is a save a moment old.
 */
public final class ExitSave {
  /** How long the hook waits for the front end's lock. */
  public static final Duration WAIT = Duration.ofSeconds(2);

  private ExitSave() {}

  /**
   * Runs {@code save} once: under the lock {@code underLock} takes (it runs what it is given while
   * holding the lock), or without it after {@code wait}.
   *
   * @return true when the save ran under the lock
   */
  public static boolean run(Consumer<Runnable> underLock, Runnable save, Duration wait) {
    AtomicBoolean started = new AtomicBoolean();
    Runnable once =
        () -> {
          if (started.compareAndSet(false, true)) {
            save.run();
          }
        };
    Thread locked = new Thread(() -> underLock.accept(once), "mockloop-exit-save");
    locked.setDaemon(true);
    locked.start();
    try {
      locked.join(wait.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (!started.get()) {
      once.run();
      return false;
    }
    try {
      locked.join(wait.toMillis()); // the save under the lock is under way: let it finish
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return true;
  }
}
