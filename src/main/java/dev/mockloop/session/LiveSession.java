package dev.mockloop.session;

import dev.mockloop.engine.Loop;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The session a front end is running: the engine's loop bound to its transcript file. The front
 * end reports edits, ticks and phase changes; this class records the loop and autosaves it, and
 * writes the final status on {@link #finish}. Front-end independent (the TUI and line mode both
 * use it).
 */
public final class LiveSession implements AutoCloseable {
  private final OpenSession open;
  private final Loop loop;
  private final Clock clock;
  private final Instant startedAt;
  private final Autosaver autosaver;
  private boolean finished;

  private LiveSession(OpenSession open, Loop loop, Clock clock, Instant startedAt) {
    this.open = open;
    this.loop = loop;
    this.clock = clock;
    this.startedAt = startedAt;
    this.autosaver = new Autosaver(clock, () -> open.save(snapshot(SessionStatus.IN_PROGRESS)));
  }

  /** Starts recording a new loop under a fresh id; the first save happens here. */
  public static LiveSession start(SessionStore store, Loop loop, Clock clock) {
    Instant started = clock.instant();
    OpenSession open = store.create(started,
        id -> Recorder.transcript(id, started, loop, SessionStatus.IN_PROGRESS, started));
    return new LiveSession(open, loop, clock, started);
  }

  /** Continues recording an unfinished transcript whose loop was rebuilt by {@link Recovery}. */
  public static LiveSession resume(SessionStore store, Transcript t, Loop loop, Clock clock) {
    LiveSession live = new LiveSession(store.reopen(t.id()), loop, clock, t.startedAt());
    live.phaseChanged();
    return live;
  }

  public Loop loop() {
    return loop;
  }

  public String id() {
    return open.id();
  }

  public Path path() {
    return open.path();
  }

  /** The draft changed. */
  public void edited() {
    autosaver.edited();
  }

  /** Time passed; saves a pending draft when due. */
  public void tick() {
    autosaver.tick();
  }

  /** An answer was submitted, a round scored or started: saved at once. */
  public void phaseChanged() {
    autosaver.saveNow();
  }

  /** True when typing is not yet on disk. */
  public boolean unsaved() {
    return autosaver.dirty();
  }

  /** Why the last save failed, while it keeps failing. */
  public Optional<String> saveError() {
    return autosaver.lastError();
  }

  /** The transcript as it stands, with {@code status}. */
  public Transcript snapshot(SessionStatus status) {
    return Recorder.transcript(open.id(), startedAt, loop, status, clock.instant());
  }

  /**
   * Writes the final transcript ({@link SessionStatus#COMPLETED} or {@link
   * SessionStatus#ABANDONED}) and releases the session. Safe to call twice.
   */
  public Transcript finish(SessionStatus status) {
    Transcript t = snapshot(status);
    if (finished) {
      return t;
    }
    try {
      open.save(t);
      finished = true;
      open.close();
      return t;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot save " + path() + ": " + e.getMessage(), e);
    }
  }

  /** Releases the lock without a final save (the transcript stays in progress). */
  @Override
  public void close() throws IOException {
    if (!finished) {
      finished = true;
      open.close();
    }
  }
}
