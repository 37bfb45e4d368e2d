package dev.mockloop.session;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a running session's transcript is and whether the last save went through, for the screens
 * that say so ({@link PracticeRun#saves()}). Read-only: the run decides when to save.
 */
public interface SaveStatus {
  /** The session id. */
  String id();

  /** The transcript's file in the sessions folder. */
  Path path();

  /** Where the transcript really is: {@link #path()}, or the rescue copy while saves fail. */
  Path savedPath();

  /** Why the last save failed, while it keeps failing; empty once a save went through. */
  Optional<String> saveError();

  /**
   * Where the answers are while the sessions folder cannot take them (a full disk, a read-only or
   * vanished folder): the rescue copy; empty when nothing is failing (after a successful retry too,
   * so no message names a stale copy).
   */
  Optional<Path> rescued();

  /**
   * One sentence on where the answers are, for a quit question: the sessions file, or the rescue
   * copy and why, so the app never claims a save that did not happen.
   */
  default String whereSaved() {
    Optional<String> error = saveError();
    if (error.isEmpty()) {
      return "Your answers so far are saved in " + path() + ".";
    }
    return "The sessions folder is not taking saves ("
        + error.get()
        + "); "
        + rescued()
            .map(r -> "your answers so far are in a rescue copy: " + r + ".")
            .orElse("your answers are only in memory: free space or fix the folder.");
  }
}
