package dev.mockloop.session;

import dev.mockloop.bank.Level;
import dev.mockloop.io.SafeFiles;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;

/**
 * What mockloop remembers between runs, in {@code <sessions>/.state} ({@code key=value} lines): the
 * last level chosen, and whether to ask for a self-rating before the score ({@code self_rate=off}
 * after "don't ask again"). Written atomically; a missing or damaged file means "nothing
 * remembered", never an error.
 */
public final class UserState {
  /** The state file's name in the sessions folder. */
  public static final String FILE = ".state";

  private static final String LAST_LEVEL = "last_level";
  private static final String SELF_RATE = "self_rate";

  /** The state being written on another thread ({@link #rememberInBackground}), else null. */
  private static volatile Thread writing;

  private final Path file;

  public UserState(Path sessionsDir) {
    this.file = sessionsDir.resolve(FILE);
  }

  /** The level chosen last time, if one was remembered. */
  public Optional<Level> lastLevel() {
    return Optional.ofNullable(read().getProperty(LAST_LEVEL)).flatMap(Level::parse);
  }

  /** Remembers {@code level}; a folder that cannot be written is not an error. */
  public void rememberLevel(Level level) {
    Properties p = read();
    if (level.name().equals(p.getProperty(LAST_LEVEL))) {
      return;
    }
    p.setProperty(LAST_LEVEL, level.name());
    write(p);
  }

  /**
   * Remembers {@code level} (when not null) and turns the self-rating step on (when {@code
   * selfRate}) on another thread, as {@link #rememberLevel} and {@link #rememberSelfRate} would:
   * the file is forced to disk, a wait a round's first frame does not need. Every read of the state
   * waits for it, and {@link #awaitWrites} does.
   */
  public void rememberInBackground(Level level, boolean selfRate) {
    if (level == null && !selfRate) {
      return;
    }
    Thread t = new Thread(new Remember(this, level, selfRate), "mockloop-state");
    writing = t;
    t.start();
  }

  /** Waits until a write started by {@link #rememberInBackground} is done. */
  public static void awaitWrites() {
    Thread t = writing;
    if (t == null || t == Thread.currentThread()) {
      return;
    }
    boolean interrupted = false;
    while (t.isAlive()) {
      try {
        t.join();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** The writes of {@link #rememberInBackground}; a class, as the thread's only job. */
  private record Remember(UserState state, Level level, boolean selfRate) implements Runnable {
    @Override
    public void run() {
      try {
        if (level != null) {
          state.rememberLevel(level);
        }
        if (selfRate) {
          state.rememberSelfRate(true);
        }
      } catch (RuntimeException unexpected) {
        // remembering is a convenience, and a trace printed from here would land on the screen
      }
    }
  }

  /** Whether to ask for a self-rating before the score (yes unless turned off). */
  public boolean selfRate() {
    return !"off".equals(read().getProperty(SELF_RATE));
  }

  /** Turns the self-rating step on or off for later rounds and runs. */
  public void rememberSelfRate(boolean on) {
    Properties p = read();
    if (on == !"off".equals(p.getProperty(SELF_RATE))) {
      return;
    }
    if (on) {
      p.remove(SELF_RATE);
    } else {
      p.setProperty(SELF_RATE, "off");
    }
    write(p);
  }

  private Properties read() {
    awaitWrites();
    Properties p = new Properties();
    try {
      byte[] bytes = SafeFiles.read(file, 64 << 10);
      p.load(new StringReader(new String(bytes, StandardCharsets.UTF_8)));
    } catch (NoSuchFileException e) {
      // nothing remembered yet
    } catch (IOException | IllegalArgumentException e) {
      p.clear();
    }
    return p;
  }

  private void write(Properties p) {
    StringBuilder sb = new StringBuilder("# mockloop remembers choices here; safe to delete\n");
    for (String k : new TreeSet<>(p.stringPropertyNames())) {
      sb.append(k).append('=').append(p.getProperty(k)).append('\n');
    }
    try {
      AtomicFiles.write(file, sb.toString().getBytes(StandardCharsets.UTF_8));
    } catch (IOException notWritable) {
      // remembering is a convenience; practice goes on without it
    }
  }
}
