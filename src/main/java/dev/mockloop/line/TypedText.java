package dev.mockloop.line;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.jline.reader.LineReader;

/**
 * The text of the answer being typed, read from another thread (the countdown, the autosave) under
 * JLine's own lock: a widget copies the buffer when called, never by touching the buffer from
 * outside the reader.
 */
final class TypedText {
  private static final String SNAPSHOT = "mockloop-snapshot";

  private final LineReader reader;
  private final AtomicReference<String> snap = new AtomicReference<>();
  private volatile boolean answering;
  private volatile Runnable onSnapshot = () -> {};

  TypedText(LineReader reader) {
    this.reader = reader;
    reader
        .getWidgets()
        .put(
            SNAPSHOT,
            () -> {
              if (answering) {
                snap.set(reader.getBuffer().toString());
                onSnapshot.run();
              }
              return true;
            });
  }

  /** Whether an answer is being read (snapshots are empty otherwise). */
  boolean answering() {
    return answering;
  }

  void answering(boolean on) {
    answering = on;
  }

  /** Runs under JLine's lock on each snapshot while an answer is typed (status line updates). */
  void onSnapshot(Runnable r) {
    onSnapshot = r;
  }

  /**
   * The text of the answer being typed, read under JLine's lock; empty when no answer is being
   * read. Safe from any thread.
   */
  Optional<String> snapshot() {
    if (!answering) {
      return Optional.empty();
    }
    snap.set(null);
    try {
      reader.callWidget(SNAPSHOT);
    } catch (IllegalStateException notReading) {
      return Optional.empty();
    }
    return Optional.ofNullable(snap.get());
  }
}
