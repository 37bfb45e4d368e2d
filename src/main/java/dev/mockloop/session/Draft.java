package dev.mockloop.session;

import java.time.Instant;
import java.util.Objects;

/**
 * The answer being typed when the transcript was saved.
 *
 * @param question "main" or the follow-up id it answers
 * @param text the text so far, exactly as typed
 * @param secondsUsed time spent on it so far
 * @param savedAt when this draft was saved
 */
public record Draft(String question, String text, long secondsUsed, Instant savedAt) {
  public Draft {
    Objects.requireNonNull(question, "question");
    text = text == null ? "" : text;
    if (secondsUsed < 0) {
      throw new IllegalArgumentException("seconds_used must be >= 0, was " + secondsUsed);
    }
  }

  /** Words in the draft, as the editor counts them. */
  public int words() {
    String t = text.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }
}
