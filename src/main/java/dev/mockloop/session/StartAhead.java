package dev.mockloop.session;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * What a round started from the command line needs of the sessions folder before its first frame,
 * looked up ahead ({@link #look}) on the main thread while the question bank loads on another: the
 * resume check ({@link SessionStore#unfinished}) and, when it offers nothing, the new session's id
 * reserved and locked ({@link SessionStore#create}). Each result, or what it threw, is handed over
 * once, where the TUI asks for it, so what shows is as before; afterwards, and for a {@link
 * #none()} , each is made when asked. A reservation not taken (the bank or the plan failed) is
 * released by {@link #close}.
 */
public final class StartAhead implements AutoCloseable {
  private boolean checked;
  private List<Transcript> unfinished;
  private RuntimeException failed;
  private boolean reserved;
  private OpenSession open;
  private Instant started;
  private SessionException refused;

  private StartAhead() {}

  /** Nothing looked up ahead. */
  public static StartAhead none() {
    return new StartAhead();
  }

  /**
   * The resume check now; when it offers nothing and the folder exists (so that reserving creates
   * nothing a failed start would leave behind), the new session's id too.
   */
  public static StartAhead look(SessionStore store, Clock clock) {
    StartAhead a = new StartAhead();
    try {
      a.unfinished = store.unfinished();
    } catch (RuntimeException e) {
      a.failed = e;
    }
    a.checked = true;
    if (a.failed == null && a.unfinished.isEmpty() && Files.isDirectory(store.dir())) {
      a.started = clock.instant();
      try {
        a.open = store.create(a.started, null);
      } catch (SessionException e) {
        a.refused = e;
      }
      a.reserved = true;
    }
    return a;
  }

  /** The sessions to offer back: the ones looked up ahead (once), else {@code store}'s now. */
  public List<Transcript> unfinished(SessionStore store) {
    if (!checked) {
      return store.unfinished();
    }
    checked = false;
    if (failed != null) {
      throw failed;
    }
    return unfinished;
  }

  /** A new session's lock and start time: the one reserved ahead (once), else one made now. */
  Reserved reserve(SessionStore store, Clock clock) {
    if (!reserved) {
      Instant now = clock.instant();
      return new Reserved(store.create(now, null), now);
    }
    reserved = false;
    if (refused != null) {
      throw refused;
    }
    Reserved r = new Reserved(open, started);
    open = null;
    return r;
  }

  /** Releases the id reserved ahead when no session took it. */
  @Override
  public void close() {
    if (open != null) {
      try {
        open.close();
      } catch (IOException e) {
        // the lock file is left; a later run skips that id (SessionStore#create)
      }
      open = null;
    }
  }

  /** A new session's id, locked, and the instant it started at (its id's minute). */
  record Reserved(OpenSession open, Instant started) {}
}
