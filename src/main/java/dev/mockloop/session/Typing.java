package dev.mockloop.session;

import dev.mockloop.engine.Phase;
import dev.mockloop.engine.RoundEvent;
import java.util.function.Supplier;

/**
 * The answer a front end keeps as it is typed (the TUI's editor), handed to the round lazily so
 * that a key costs the same however long the answer is: a paste of 20,000 words is 130,000 keys,
 * and sending the whole text with each made it quadratic. {@link #changed} on every key only
 * remembers where the text is; {@link #send} reads it once and applies it as one {@link
 * RoundEvent.Edit}, saved as any edit (the transcript when due, else the draft journal). The front
 * end sends once its pending keys are handled, before it draws; the {@link PracticeRun} sends
 * before every event, save and end, so Ctrl-C, leaving, a submit or a time-out never miss a key.
 */
public final class Typing {
  private final PracticeRun run;
  private Supplier<String> text; // set when the answer changed since the last send
  private Phase phase; // the question it answers

  Typing(PracticeRun run) {
    this.run = run;
  }

  /**
   * The answer to {@code phase} changed; {@code text} gives it whole when asked. Costs no more than
   * setting two fields.
   */
  public void changed(Phase phase, Supplier<String> text) {
    this.phase = phase;
    this.text = text;
  }

  /** True when a change is not in the round yet. */
  public boolean pending() {
    return text != null;
  }

  /**
   * Hands the changed answer to the round as one edit; nothing when unchanged since last time, or
   * when the round has moved past its question (a time-out submitted it as it stood; an editor that
   * has not noticed yet must not type into the next question).
   */
  public void send() {
    Supplier<String> t = text;
    text = null; // first: the run's on(...) sends before its event, which must not send again
    if (t != null && run.state().phase().equals(phase)) {
      run.on(RoundEvent.edit(t.get()));
    }
  }
}
