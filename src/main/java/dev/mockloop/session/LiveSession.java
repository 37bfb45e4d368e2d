package dev.mockloop.session;

import dev.mockloop.engine.Loop;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The transcript file of a running session ({@link PracticeRun} decides when to save): records the
 * loop and autosaves it ({@link Autosaver}), writes the final status on {@link #finish} and keeps a
 * rescue copy when the sessions folder does not take a save ({@link FinalSave}).
 */
final class LiveSession implements SaveStatus, AutoCloseable {
  private final OpenSession open;
  private final Loop loop;
  private final Clock clock;
  private final Instant startedAt;
  private final Autosaver autosaver;
  private final FinalSave end;
  private boolean pending;

  private LiveSession(OpenSession open, Loop loop, Clock clock, Instant startedAt) {
    this.open = open;
    this.loop = loop;
    this.clock = clock;
    this.startedAt = startedAt;
    this.autosaver = new Autosaver(clock, () -> open.save(snapshot(SessionStatus.IN_PROGRESS)));
    this.end = new FinalSave(open);
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

  /**
   * As {@link #start}, with the id reserved and locked but nothing saved yet: the first save is
   * {@link #savePending()}, which the TUI calls once the round's first frame is on screen, and
   * which the run's first event makes first if it has not happened ({@link PracticeRun#on}).
   */
  static LiveSession startUnsaved(SessionStore store, Loop loop, Clock clock, StartAhead ahead) {
    StartAhead.Reserved r = ahead.reserve(store, clock); // the id may be reserved already
    LiveSession live = new LiveSession(r.open(), loop, clock, r.started());
    live.pending = true;
    return live;
  }

  /**
   * Makes the first save when {@link #startUnsaved} left it to do, once; a failure shows and is
   * retried as an autosave's is.
   */
  void savePending() {
    if (!pending || end.status() != null) {
      return;
    }
    pending = false;
    try {
      open.save(snapshot(SessionStatus.IN_PROGRESS)); // as start's: the autosaver's clock unset
    } catch (IOException | RuntimeException e) {
      autosaver.saveNow(); // fails again, shows the reason and is retried on the next ticks
    }
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

  /**
   * The draft changed: saved with the transcript when the last save is old enough, otherwise to the
   * session's draft journal ({@link DraftJournal}), so a killed process loses no keystroke.
   */
  void edited() {
    autosaver.edited();
    if (autosaver.dirty()) {
      Draft d = Recorder.draft(loop, clock.instant());
      if (d != null) {
        try {
          DraftJournal.write(open.path().getParent(), open.id(), d);
        } catch (IOException | RuntimeException e) {
          // the autosave on the next tick tries the transcript itself and reports a failure
        }
      }
    }
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
    if (end.saved()) {
      return Optional.empty();
    }
    return end.error() != null ? Optional.of(end.error()) : autosaver.lastError();
  }

  @Override
  public Optional<Path> rescued() {
    return saveError().isPresent() ? Optional.ofNullable(end.rescued()) : Optional.empty();
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
    if (end.closed()) {
      return Optional.of(savedPath());
    }
    autosaver.saveNow();
    if (autosaver.lastError().isEmpty()) {
      return Optional.of(path());
    }
    try {
      Path copy = Rescue.write(snapshot(SessionStatus.IN_PROGRESS));
      end.rescued(copy);
      return Optional.of(copy);
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
    pending = false;
    Transcript t = snapshot(status);
    end.finish(t, status);
    return t;
  }

  /**
   * The user marked a point as covered or took the mark back: saved at once. A finished session
   * (the results of the last round come after the final save) is written again with its final
   * status; when that fails, the transcript goes to a rescue copy as in {@link #finish}, and {@link
   * #finish} tries the sessions folder again.
   */
  void verdictChanged() {
    if (end.status() == null) {
      autosaver.saveNow();
    } else if (!end.closed()) {
      finish(end.status());
    } else {
      end.resave(snapshot(end.status()));
    }
  }

  /** Releases the lock without a final save (the transcript stays in progress). */
  @Override
  public void close() throws IOException {
    end.close();
  }
}
