package dev.mockloop.session;

import dev.mockloop.engine.Loop;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The transcript file of a running session ({@link PracticeRun} decides when to save): records the
 * loop and autosaves it, writes the final status on {@link #finish}, and keeps a rescue copy when
 * the sessions folder does not take a save.
 */
final class LiveSession implements SaveStatus, AutoCloseable {
  private final OpenSession open;
  private final Loop loop;
  private final Clock clock;
  private final Instant startedAt;
  private final Autosaver autosaver;
  private boolean finished;
  private boolean finalSaved;
  private SessionStatus endStatus;
  private boolean verdictUnsaved;
  private String finalSaveError;
  private Path rescued;

  private LiveSession(OpenSession open, Loop loop, Clock clock, Instant startedAt) {
    this.open = open;
    this.loop = loop;
    this.clock = clock;
    this.startedAt = startedAt;
    this.autosaver = new Autosaver(clock, () -> open.save(snapshot(SessionStatus.IN_PROGRESS)));
  }

  /** Starts recording a new loop under a fresh id; the first save happens here. */
  static LiveSession start(SessionStore store, Loop loop, Clock clock) {
    Instant started = clock.instant();
    OpenSession open =
        store.create(
            started,
            id -> Recorder.transcript(id, started, loop, SessionStatus.IN_PROGRESS, started));
    return new LiveSession(open, loop, clock, started);
  }

  /** Continues recording an unfinished transcript whose loop was rebuilt by {@link Recovery}. */
  static LiveSession resume(SessionStore store, Transcript t, Loop loop, Clock clock) {
    LiveSession live = new LiveSession(store.reopen(t.id()), loop, clock, t.startedAt());
    live.phaseChanged();
    return live;
  }

  @Override
  public String id() {
    return open.id();
  }

  @Override
  public Path path() {
    return open.path();
  }

  /** The draft changed. */
  void edited() {
    autosaver.edited();
  }

  /** Time passed; saves a pending draft when due. */
  void tick() {
    autosaver.tick();
  }

  /** An answer was submitted, a round scored or started: saved at once. */
  void phaseChanged() {
    autosaver.saveNow();
  }

  @Override
  public Optional<String> saveError() {
    if (finalSaved) {
      return Optional.empty();
    }
    return finalSaveError != null ? Optional.of(finalSaveError) : autosaver.lastError();
  }

  @Override
  public Optional<Path> rescued() {
    return saveError().isPresent() ? Optional.ofNullable(rescued) : Optional.empty();
  }

  @Override
  public Path savedPath() {
    return rescued().orElse(path());
  }

  /**
   * Saves what is typed now into the sessions folder, or a rescue copy when that fails (as {@link
   * #finish} does); the session stays in progress and open. Never throws.
   *
   * @return where the answers are now, or empty when even the rescue copy failed
   */
  Optional<Path> checkpoint() {
    if (finished) {
      return Optional.of(savedPath());
    }
    autosaver.saveNow();
    if (autosaver.lastError().isEmpty()) {
      return Optional.of(path());
    }
    try {
      rescued = Rescue.write(snapshot(SessionStatus.IN_PROGRESS));
      return Optional.of(rescued);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** The transcript as it stands, with {@code status}. */
  Transcript snapshot(SessionStatus status) {
    return Recorder.transcript(open.id(), startedAt, loop, status, clock.instant());
  }

  /**
   * Writes the final transcript ({@link SessionStatus#COMPLETED} or {@link
   * SessionStatus#ABANDONED}) and releases the session. Safe to call twice. It never throws: when
   * the sessions folder cannot take the file, the transcript is written to a rescue copy ({@link
   * #rescued()}), the reason is kept in {@link #saveError()}, and the session stays open so that
   * calling this again retries the sessions folder.
   */
  Transcript finish(SessionStatus status) {
    Transcript t = snapshot(status);
    if (finished) {
      if (verdictUnsaved) {
        resave(t);
      }
      return t;
    }
    endStatus = status;
    try {
      open.save(t);
      finished = true;
      finalSaved = true;
      finalSaveError = null;
      open.close();
    } catch (IOException | RuntimeException e) {
      rescue(t, e);
    }
    return t;
  }

  /**
   * The user marked a point as covered or took the mark back: saved at once. A finished session
   * (the results of the last round come after the final save) is written again with its final
   * status; when that fails, the transcript goes to a rescue copy as in {@link #finish}, and {@link
   * #finish} tries the sessions folder again.
   */
  void verdictChanged() {
    if (endStatus == null) {
      autosaver.saveNow();
    } else if (!finished) {
      finish(endStatus);
    } else {
      resave(snapshot(endStatus));
    }
  }

  /** Writes a finished session again (its lock is released; the id stays reserved by its file). */
  private void resave(Transcript t) {
    try {
      open.save(t);
      verdictUnsaved = false;
      finalSaved = true;
      finalSaveError = null;
    } catch (IOException | RuntimeException e) {
      verdictUnsaved = true;
      finalSaved = false;
      rescue(t, e);
    }
  }

  private void rescue(Transcript t, Exception cause) {
    String why = "cannot save " + path() + ": " + cause.getMessage();
    try {
      rescued = Rescue.write(t);
      finalSaveError = why + "; your answers are safe in " + rescued;
    } catch (IOException | RuntimeException e) {
      finalSaveError =
          why
              + "; a rescue copy failed too ("
              + e.getMessage()
              + "); your answers are still in memory: free space or fix the folder, then retry";
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
