package dev.mockloop.session;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.mockloop.engine.Loop;
import dev.mockloop.engine.Phase;
import dev.mockloop.engine.RoundState;

/** Where a saved session stands. */
public enum SessionStatus {
  /** Running now, or killed while running (then the next start offers to resume it). */
  @JsonProperty("in-progress")
  IN_PROGRESS,
  /** Every planned round was scored. */
  @JsonProperty("completed")
  COMPLETED,
  /**
   * The user quit before the end (between rounds, or mid-answer with nothing typed), or declined to
   * resume a {@link #PAUSED} session.
   */
  @JsonProperty("abandoned")
  ABANDONED,
  /** Found unfinished after a crash and kept as it was, not resumed. */
  @JsonProperty("recovered")
  RECOVERED,
  /**
   * The user quit in the middle of an answer (Esc, or Ctrl-C then yes) with text typed, or line
   * mode's piped input ended in the middle of a round ({@link PracticeRun#pause()}): the draft is
   * kept and the next start offers to resume it, as after a kill; kept as {@link #ABANDONED} when
   * the user declines.
   */
  @JsonProperty("paused")
  PAUSED;

  private final String word = name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');

  /**
   * How a session the user leaves ({@link PracticeRun#end()}, which first quits an answer being
   * typed, its draft kept in the transcript) is saved: completed when every round is scored, paused
   * when the user quit an answer with text typed (to resume at the next start), else abandoned.
   */
  static SessionStatus whenLeft(Loop loop) {
    if (loop.completed()) {
      return COMPLETED;
    }
    RoundState s = loop.current().state();
    return s.phase().kind() == Phase.Kind.QUIT && !s.draft().isEmpty() ? PAUSED : ABANDONED;
  }

  /**
   * How a session is saved when line mode's piped input ended before the loop did: completed when
   * every round is scored, paused when anything was answered or typed (even with nothing typed in
   * the answer being asked: the next start offers it back where it stopped; the round is not quit,
   * so not scored), else abandoned (nothing to take up).
   */
  static SessionStatus whenInputEnded(Loop loop) {
    if (loop.completed()) {
      return COMPLETED;
    }
    boolean any =
        loop.rounds().stream()
            .map(r -> r.state())
            .anyMatch(s -> !s.answers().isEmpty() || !s.draft().isEmpty());
    return any ? PAUSED : ABANDONED;
  }

  /**
   * The word used in files and lists: "in-progress", "completed", ... (made once: lists and the
   * index ask it of every session).
   */
  public String word() {
    return word;
  }
}
