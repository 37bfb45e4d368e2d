package dev.mockloop.session;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where a saved session stands. */
public enum SessionStatus {
  /** Running now, or killed while running (then the next start offers to resume it). */
  @JsonProperty("in-progress")
  IN_PROGRESS,
  /** Every planned round was scored. */
  @JsonProperty("completed")
  COMPLETED,
  /** The user quit before the end; the draft is kept. */
  @JsonProperty("abandoned")
  ABANDONED,
  /** Found unfinished after a crash and kept as it was, not resumed. */
  @JsonProperty("recovered")
  RECOVERED;

  private final String word = name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');

  /**
   * The word used in files and lists: "in-progress", "completed", ... (made once: lists and the
   * index ask it of every session).
   */
  public String word() {
    return word;
  }
}
