package dev.mockloop.line;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The timer thread of line mode: runs {@code tick} every {@code period} until closed. Ticks only
 * look at the clock and ask for work (autosave, time notices, the time-out); the engine's time
 * always comes from its injected clock.
 */
final class Countdown implements AutoCloseable {
  private final ScheduledExecutorService timer;

  private Countdown(ScheduledExecutorService timer) {
    this.timer = timer;
  }

  static Countdown start(Duration period, Runnable tick) {
    ScheduledExecutorService s =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "mockloop-line-timer");
              t.setDaemon(true);
              return t;
            });
    long ms = Math.max(1, period.toMillis());
    s.scheduleWithFixedDelay(
        () -> {
          try {
            tick.run();
          } catch (RuntimeException e) {
            // a failed tick must not stop the timer; the next one retries
          }
        },
        ms,
        ms,
        TimeUnit.MILLISECONDS);
    return new Countdown(s);
  }

  @Override
  public void close() {
    timer.shutdownNow();
    try {
      timer.awaitTermination(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
