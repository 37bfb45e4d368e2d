package dev.mockloop.line;

import dev.mockloop.engine.RoundTitle;
import dev.mockloop.engine.Loop;
import dev.mockloop.engine.LoopPlanner;
import dev.mockloop.report.LoopSummary;
import dev.mockloop.engine.PlanRequest;
import dev.mockloop.report.ReportLine;
import dev.mockloop.report.ReportLine.Tone;
import dev.mockloop.report.ResultsReport;
import dev.mockloop.engine.Round;
import dev.mockloop.engine.RoundEvent;
import dev.mockloop.engine.RoundState;
import dev.mockloop.session.ExitSave;
import dev.mockloop.report.LastTime;
import dev.mockloop.session.LiveSession;
import dev.mockloop.session.RecentScenarios;
import dev.mockloop.session.SessionStatus;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Line mode's interview: asks each question, reads the answer, shows the results, and records
 * everything through the same {@link LiveSession} (transcript, autosave) as the TUI. The engine
 * and the session are touched only under {@link #guard}: by this thread, by the timer thread
 * (draft snapshots, autosave, the time-out) and by the shutdown hook.
 */
final class LineApp {
  final LineContext ctx;
  final AnswerReader in;
  final Printer out;
  final TimeDisplay time;
  final Object guard = new Object();
  private final Questions questions;
  private final Covering covering;
  private final Rating rating = new Rating(this);
  private final List<Path> saved = new ArrayList<>();
  private volatile LiveSession live;
  private final Answering answering;
  private boolean inputEnded;

  LineApp(LineContext ctx, AnswerReader in, Printer out) {
    this.ctx = ctx;
    this.in = in;
    this.out = out;
    this.time = new TimeDisplay(in.terminal(), in, ctx.interactive());
    this.questions = new Questions(this);
    this.covering = new Covering(this);
    this.answering = new Answering(this, questions);
    in.onNewLine(() -> time.newLine(ctx.clock().instant()));
    in.onSnapshot(() -> time.refresh(ctx.clock().instant()));
  }

  /** Runs until the loop is done or the user quits; returns the transcripts written. */
  List<Path> run(Optional<PlanRequest> direct) {
    Optional<LiveSession> resumed = new Unfinished(this).offer();
    if (resumed.isPresent()) {
      begin(resumed.get());
    } else {
      Optional<PlanRequest> req = direct.isPresent() ? direct : questions.askRequest();
      if (req.isEmpty()) {
        return List.copyOf(saved);
      }
      RecentScenarios.Choice choice = RecentScenarios.avoid(ctx.bank(), req.get(), ctx.store(),
          ctx.clock().instant());
      if (!choice.notice().isEmpty()) {
        out.print(choice.notice(), Tone.WARN);
      }
      Loop loop = Loop.start(LoopPlanner.plan(ctx.bank(), choice.request()), ctx.scorer(),
          ctx.clock());
      begin(LiveSession.start(ctx.store(), loop, ctx.clock()));
    }
    Countdown countdown = Countdown.start(ctx.tick(), answering::tick);
    try {
      play();
    } finally {
      countdown.close();
      time.end();
      end();
    }
    return List.copyOf(saved);
  }

  private void begin(LiveSession session) {
    synchronized (guard) {
      live = session;
      saved.add(session.path());
    }
  }

  private void play() {
    while (true) {
      RoundState s = state();
      if (s.phase().answering()) {
        if (inputEnded) {
          return;
        }
        Answering.Outcome o = answering.answer(s);
        if (o == Answering.Outcome.QUIT) {
          quit();
          return;
        }
        inputEnded = o == Answering.Outcome.INPUT_ENDED;
        continue;
      }
      if (s.over() && s.score() == null) {
        return;
      }
      rating.ask(s);
      results(state());
      Loop loop = live.loop();
      synchronized (guard) {
        if (!loop.hasNext()) {
          live.finish(SessionStatus.COMPLETED);
          out.print(ReportLine.gap());
          live.saveError().ifPresent(e -> out.print(e, Tone.WARN));
          out.print(LoopSummary.of(loop.rounds(), live.savedPath()));
          return;
        }
      }
      if (inputEnded || !questions.nextRound(s)) {
        return;
      }
      synchronized (guard) {
        loop.next();
        live.phaseChanged();
      }
    }
  }

  /** The session being recorded (null before it starts and after it ends); under the guard. */
  LiveSession live() {
    return live;
  }

  RoundState state() {
    synchronized (guard) {
      return live.loop().current().state();
    }
  }

  private void results(RoundState s) {
    out.print(ReportLine.gap());
    out.print("Results · " + s.level() + " · Round " + s.round() + " of " + s.rounds() + " · "
        + RoundTitle.of(s.scenario()), Tone.HEADING);
    out.print(ResultsReport.of(s, LastTime.of(ctx.store(), live, ZoneId.systemDefault())));
    out.print(ReportLine.gap());
    out.print("Saved to " + live.path(), Tone.DIM);
    covering.afterRound(live.loop());
    questions.offerModel(s);
  }

  /** Leaves the loop: the answer being typed is kept, the session saved as abandoned. */
  private void quit() {
    synchronized (guard) {
      Round round = live.loop().current();
      if (round.state().phase().answering()) {
        round.on(RoundEvent.quit());
      }
    }
  }

  /** Writes the final transcript: completed when every round is scored, else abandoned. */
  private void end() {
    synchronized (guard) {
      if (live == null) {
        return;
      }
      Loop loop = live.loop();
      if (loop.current().state().phase().answering()) {
        loop.current().on(RoundEvent.quit());
      }
      boolean done = loop.completed();
      live.finish(done ? SessionStatus.COMPLETED : SessionStatus.ABANDONED);
      live.saveError().ifPresent(e -> out.print(e, Tone.WARN));
      if (!done) {
        out.print(ReportLine.gap());
        out.print((inputEnded ? "The input ended before every question was answered. " : "")
            + "Session saved as abandoned (your answers and draft are kept): " + live.savedPath(),
            Tone.WARN);
      }
      live = null;
    }
  }

  /**
   * Saves whatever is typed (the shutdown hook, on SIGTERM or SIGHUP), to a rescue copy when the
   * sessions folder fails, as Ctrl-C does; waits for the guard at most {@link ExitSave#WAIT}.
   * Then clears the status line, so the shell does not inherit it.
   */
  void emergencySave() {
    ExitSave.run(save -> {
      synchronized (guard) {
        save.run();
      }
    }, () -> {
      LiveSession l = live;
      if (l != null) {
        l.checkpoint();
      }
    }, ExitSave.WAIT);
    time.stop();
    in.terminal().flush();
  }
}
