package dev.mockloop.line;

import dev.mockloop.engine.RoundState;
import dev.mockloop.report.ReportLine;
import dev.mockloop.report.ReportLine.Tone;
import dev.mockloop.session.PracticeRun;
import dev.mockloop.session.SessionStatus;
import dev.mockloop.session.Transcript;
import java.nio.file.Path;
import java.util.Optional;

/**
 * How line mode leaves a run: ended ({@link PracticeRun#end()}: completed, or quit and saved as
 * paused or abandoned, which it says on the output), or, when the input ran out before the loop was
 * done, paused ({@link PracticeRun#pause()}) and told as an {@link InputEnded}.
 */
final class Leaving {
  private Leaving() {}

  /**
   * Ends or pauses {@code run} and prints a save failure and where a quit session is.
   *
   * @param inputEnded whether the input ended while an answer was read
   * @param sessions the sessions folder (the command that resumes names it)
   * @return what to tell when the input ended before the loop was done
   */
  static Optional<InputEnded> leave(
      PracticeRun run, boolean inputEnded, Printer out, Path sessions) {
    RoundState stopped = run.state();
    boolean early = inputEnded && !run.loop().completed();
    Transcript kept = early ? run.pause() : run.end();
    SessionStatus status = kept.status();
    run.saves().saveError().ifPresent(e -> out.print(e, Tone.WARN));
    if (early) {
      return Optional.of(InputEnded.of(stopped, kept, run.saves().savedPath(), sessions));
    }
    if (!run.loop().completed()) {
      out.print(ReportLine.gap());
      out.print(
          ("Session saved as " + status.word() + " (your answers and draft are kept")
              + (status == SessionStatus.PAUSED ? "; the next start offers to resume it): " : "): ")
              + run.saves().savedPath(),
          Tone.WARN);
    }
    return Optional.empty();
  }
}
