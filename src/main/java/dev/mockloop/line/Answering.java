package dev.mockloop.line;

import dev.mockloop.engine.RoundEvent;
import dev.mockloop.engine.RoundState;
import dev.mockloop.session.PracticeRun;
import java.time.Instant;
import java.util.Optional;

/**
 * One answer being typed, from the question to the {@link PracticeRun}: the read on the main thread
 * and, on the timer thread, the draft snapshots, autosave and the time-out. A snapshot is applied
 * only while the read it came from is still the current one, so a late tick never writes one
 * question's text into the next.
 */
final class Answering {
  /** How an answer ended for the loop. */
  enum Outcome {
    ANSWERED,
    QUIT,
    INPUT_ENDED
  }

  private final LineApp app;
  private final Dialogs dialogs;
  private volatile Object currentRead;

  Answering(LineApp app, Dialogs dialogs) {
    this.app = app;
    this.dialogs = dialogs;
  }

  /** Asks the current question and reads its answer. */
  Outcome answer(RoundState s) {
    dialogs.ask(s);
    String initial = s.draft();
    while (true) {
      RoundState now = app.state();
      app.time.begin(dialogs.label(now), now.deadline(), app.ctx.clock().instant());
      Object token = new Object();
      currentRead = token;
      ReadOutcome read = app.in.answer("> ", initial);
      app.time.end();
      int before;
      synchronized (app.guard) {
        currentRead = null;
        PracticeRun run = app.run();
        before = run.state().answers().size();
        RoundState after = run.on(RoundEvent.edit(read.text()));
        boolean same = after.answers().size() == before && !after.over();
        if (same && read instanceof ReadOutcome.TimedOut) {
          run.on(RoundEvent.tick());
        } else if (same && read instanceof ReadOutcome.Submitted) {
          run.on(RoundEvent.submit());
        }
      }
      if (read instanceof ReadOutcome.Ended) {
        // no line holding only '.' sent it: the text stays the draft, kept with the paused session
        return Outcome.INPUT_ENDED;
      }
      if (!(read instanceof ReadOutcome.Interrupted)) {
        dialogs.submitted(before);
        return Outcome.ANSWERED;
      }
      String where;
      synchronized (app.guard) {
        where = app.run().interruptSave();
      }
      StringBuilder kept = new StringBuilder(read.text());
      if (dialogs.confirmQuit(where, line -> keep(kept, line, before))) {
        return Outcome.QUIT;
      }
      synchronized (app.guard) {
        if (app.run().on(RoundEvent.tick()).answers().size() != before) {
          dialogs.submitted(before);
          return Outcome.ANSWERED;
        }
      }
      initial = kept.toString();
    }
  }

  /**
   * A line given to the quit question that was no reply: added to the answer (on a line of its own
   * unless the answer ends with a line break, as a half line that came late does) and saved.
   */
  private void keep(StringBuilder kept, String line, int before) {
    boolean ownLine = kept.length() > 0 && kept.charAt(kept.length() - 1) != '\n';
    kept.append(ownLine ? "\n" : "").append(line);
    synchronized (app.guard) {
      PracticeRun run = app.run();
      if (run.state().answers().size() == before && run.state().phase().answering()) {
        run.on(RoundEvent.edit(kept.toString()));
        run.emergencySave();
      }
    }
  }

  /** Timer thread: applies the typed text, autosaves, shows the time, stops a late answer. */
  void tick() {
    Object token = currentRead;
    Optional<String> typed = token == null ? Optional.empty() : app.in.snapshot();
    Instant now = app.ctx.clock().instant();
    synchronized (app.guard) {
      PracticeRun run = app.run();
      if (run == null || token == null || currentRead != token) {
        return;
      }
      RoundState s = run.state();
      if (!s.phase().answering()) {
        return;
      }
      if (s.timed() && !now.isBefore(s.deadline())) {
        app.in.timeOut();
        return;
      }
      boolean lastSecond = s.timed() && !now.plusSeconds(1).isBefore(s.deadline());
      if (typed.isPresent() && !lastSecond) {
        String text = AnswerParser.answerText(typed.get());
        if (!text.equals(s.draft())) {
          run.on(RoundEvent.edit(text));
        }
      }
      run.saveIfDue();
    }
    app.time.notices(now);
  }
}
