package dev.mockloop.session;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The end of a session's transcript file: the save with its final status ({@link
 * SessionStatus#COMPLETED} or {@link SessionStatus#ABANDONED}), the lock released after it, later
 * saves of the user's verdicts, and a rescue copy ({@link Rescue}) with the reason whenever the
 * sessions folder refuses one. {@link LiveSession} decides what to write; this class writes it and
 * remembers how it went.
 */
final class FinalSave {
  private final OpenSession open;
  private SessionStatus status;
  private boolean closed;
  private boolean saved;
  private boolean verdictUnsaved;
  private String error;
  private Path rescued;

  FinalSave(OpenSession open) {
    this.open = open;
  }

  /** The final status asked for, or null while the session runs. */
  SessionStatus status() {
    return status;
  }

  /** Whether the file is closed: saved with its final status, or released without a save. */
  boolean closed() {
    return closed;
  }

  /** Whether the last final save reached the sessions folder. */
  boolean saved() {
    return saved;
  }

  /** Why the last final save failed and where the answers are, or null. */
  String error() {
    return error;
  }

  /** The last rescue copy written, or null. */
  Path rescued() {
    return rescued;
  }

  /** A rescue copy written while the session runs ({@link LiveSession#checkpoint}). */
  void rescued(Path copy) {
    rescued = copy;
  }

  /**
   * Saves {@code t} with its final {@code status} and releases the lock; when the folder refuses,
   * writes a rescue copy and stays open so a later call retries. Once closed, only a verdict the
   * folder refused is saved again.
   */
  void finish(Transcript t, SessionStatus status) {
    if (closed) {
      if (verdictUnsaved) {
        resave(t);
      }
      return;
    }
    this.status = status;
    try {
      open.save(t);
      closed = true;
      saved = true;
      error = null;
      open.close();
    } catch (IOException | RuntimeException e) {
      rescue(t, e);
    }
  }

  /** Writes a finished session again (its lock is released; the id stays reserved by its file). */
  void resave(Transcript t) {
    try {
      open.save(t);
      verdictUnsaved = false;
      saved = true;
      error = null;
    } catch (IOException | RuntimeException e) {
      verdictUnsaved = true;
      saved = false;
      rescue(t, e);
    }
  }

  private void rescue(Transcript t, Exception cause) {
    String why = "cannot save " + open.path() + ": " + cause.getMessage();
    try {
      rescued = Rescue.write(t);
      error = why + "; your answers are safe in " + rescued;
    } catch (IOException | RuntimeException e) {
      error =
          why
              + "; a rescue copy failed too ("
              + e.getMessage()
              + "); your answers are still in memory: free space or fix the folder, then retry";
    }
  }

  /** Releases the lock without a final save (the transcript stays in progress). */
  void close() throws IOException {
    if (!closed) {
      closed = true;
      open.close();
    }
  }
}
