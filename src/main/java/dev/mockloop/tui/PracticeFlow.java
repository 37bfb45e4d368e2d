package dev.mockloop.tui;

import dev.mockloop.engine.PlanException;
import dev.mockloop.engine.PlanRequest;
import dev.mockloop.session.PracticeRun;
import dev.mockloop.session.SaveStatus;
import dev.mockloop.session.SessionException;
import dev.mockloop.session.SessionStatus;
import dev.mockloop.session.StartAhead;
import dev.mockloop.session.Transcript;
import dev.mockloop.session.UserState;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The screens of a practice run, in order: the round, the self-rating, the results, then the next
 * round or the summary; and leaving. It holds the {@link PracticeRun} (the engine and the
 * transcript) that those views send their events to.
 */
final class PracticeFlow {
  private final Navigator app;
  private final List<SaveStatus> saved = new ArrayList<>();
  private final StartAhead ahead;
  private volatile PracticeRun run;

  PracticeFlow(Navigator app) {
    this(app, StartAhead.none());
  }

  /** As above; the first loop started takes the session id reserved {@code ahead}, if any. */
  PracticeFlow(Navigator app, StartAhead ahead) {
    this.app = app;
    this.ahead = ahead;
  }

  /** The run being practised; null on the home screen. */
  PracticeRun run() {
    return run;
  }

  /** Transcripts written in this run (a rescue copy where the folder failed), for the goodbye. */
  List<Path> saved() {
    return saved.stream().map(SaveStatus::savedPath).toList();
  }

  /**
   * Offers the unfinished sessions to resume or keep ({@link ResumeView}) if any, then {@code
   * next}.
   */
  void afterUnfinished(Runnable next) {
    List<Transcript> unfinished = ahead.unfinished(app.ctx().store());
    if (unfinished.isEmpty()) {
      next.run();
    } else {
      app.show(new ResumeView(app, unfinished, next));
    }
  }

  /** Plans and starts a loop; a plan that cannot be made goes back home with the reason. */
  void startLoop(PlanRequest req) {
    try {
      TuiContext ctx = app.ctx();
      run = PracticeRun.start(ctx.store(), ctx.bank(), ctx.scorer(), ctx.clock(), req, ahead);
      saved.add(run.saves());
      app.show(new RoundView(app, run, run.notice()));
    } catch (PlanException | SessionException e) {
      app.home(e.getMessage());
    }
  }

  /**
   * Makes the running loop's first save if it was left until its first frame ({@link App#drawn}).
   */
  void savePending() {
    PracticeRun r = run;
    if (r != null) {
      r.savePending();
    }
  }

  /** Continues an unfinished session where it stopped. */
  void resume(Transcript t) {
    try {
      TuiContext ctx = app.ctx();
      run = PracticeRun.resume(ctx.store(), t, ctx.bank(), ctx.scorer(), ctx.clock());
      saved.add(run.saves());
      if (run.state().over()) {
        roundOver();
      } else {
        app.show(new RoundView(app, run, ""));
      }
    } catch (SessionException e) {
      app.home(e.getMessage());
    }
  }

  /**
   * The current round is scored (and saved by the run): asks for the user's own rating first
   * (unless they turned that off or already rated it), then shows its results.
   */
  void roundOver() {
    boolean rated = run.state().selfRating() != null;
    if (!rated && new UserState(app.ctx().store().dir()).selfRate()) {
      app.show(new RateView(app, run));
    } else {
      showResults();
    }
  }

  /** The results of the current (scored) round; no key typed before they show skips them. */
  void showResults() {
    app.holdTypedAhead();
    app.show(new ResultsView(app, run));
  }

  /** Starts the next round of the loop, or shows the loop summary after the last one. */
  void nextRound() {
    app.holdTypedAhead();
    app.show(run.next() ? new RoundView(app, run, "") : new SummaryView(app, run));
  }

  /**
   * Leaves the running loop ({@link PracticeRun#end()}); the status it was saved with, or null when
   * no loop was running.
   */
  SessionStatus endSession() {
    if (run == null) {
      return null;
    }
    SessionStatus status = run.end().status();
    run = null;
    return status;
  }

  /**
   * Saves whatever is typed (the shutdown hook, on SIGTERM/SIGHUP): into the sessions folder, or
   * into a rescue copy when that fails, as Ctrl-C does.
   */
  void emergencySave() {
    PracticeRun r = run;
    if (r != null) {
      r.emergencySave();
    }
  }
}
