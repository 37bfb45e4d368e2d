package dev.mockloop.line;

import dev.mockloop.engine.Phase;
import dev.mockloop.engine.RoundState;
import dev.mockloop.engine.RoundTitle;
import dev.mockloop.io.Plural;
import dev.mockloop.session.SessionStatus;
import dev.mockloop.session.Transcript;
import java.nio.file.Path;

/**
 * Line mode's input ended in the middle of a round (answers piped from a file that stops early):
 * the session is saved, paused so that the next start at a terminal offers it back, and {@link
 * LineMode#run} throws this after closing its terminal. Its message says what happened, what was
 * saved and where, and how to resume; the CLI prints it on stderr and exits 1 (the run did not do
 * what was asked; the usage was fine).
 */
public final class InputEnded extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Path saved;

  private InputEnded(String message, Path saved) {
    super(message);
    this.saved = saved;
  }

  /** Where the session is (the transcript, or its rescue copy while saves fail). */
  public Path saved() {
    return saved;
  }

  /**
   * @param stopped the round as the input left it (before the session was paused)
   * @param kept the transcript as saved
   * @param savedIn where it is
   * @param sessions the sessions folder
   */
  static InputEnded of(RoundState stopped, Transcript kept, Path savedIn, Path sessions) {
    String place =
        (stopped.phase().kind() == Phase.Kind.FOLLOW_UP
                ? "follow-up "
                    + (stopped.phase().followUp() + 1)
                    + " of "
                    + stopped.followUps().size()
                : "the main answer")
            + " of round "
            + stopped.round()
            + " of "
            + stopped.rounds()
            + " ("
            + RoundTitle.of(stopped.scenario())
            + ")";
    int words = kept.draft().map(d -> d.words()).orElse(0);
    String happened =
        words > 0
            ? "the input ended in the middle of " + place + ": no line holding only '.' sent it."
            : "the input ended at " + place + ", with nothing typed for it.";
    if (kept.status() != SessionStatus.PAUSED) {
      return new InputEnded(
          happened
              + "\nNo answer came, so there is nothing to resume; the session is saved as "
              + kept.status().word()
              + ": "
              + savedIn
              + "\nPipe the answers in, each ended by a line holding only '.'.",
          savedIn);
    }
    boolean before = answered(kept);
    return new InputEnded(
        happened
            + "\n"
            + (words == 0
                ? "Your answers so far are saved"
                : "Your draft ("
                    + Plural.of(words, "word")
                    + (before ? ") and your answers before it are saved" : ") is saved"))
            + "; the session is paused: "
            + savedIn
            + "\nTo resume it, run 'mockloop --sessions "
            + sessions.toAbsolutePath()
            + " practice' in a terminal: it offers this session first (r resumes it).",
        savedIn);
  }

  private static boolean answered(Transcript t) {
    return t.rounds().stream()
        .anyMatch(
            r -> r.answer() != null || r.followUps().stream().anyMatch(f -> f.answer() != null));
  }
}
