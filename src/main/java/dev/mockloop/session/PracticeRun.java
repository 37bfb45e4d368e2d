package dev.mockloop.session;

import dev.mockloop.bank.Bank;
import dev.mockloop.engine.Loop;
import dev.mockloop.engine.LoopPlanner;
import dev.mockloop.engine.PlanRequest;
import dev.mockloop.engine.Round;
import dev.mockloop.engine.RoundEvent;
import dev.mockloop.engine.RoundState;
import dev.mockloop.scoring.AnswerScorer;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * One practice session from start (or resume) to end: the engine's loop and its transcript file,
 * and the one place the rules that join them are written. A front end turns keys or lines into
 * {@link RoundEvent}s, hands them to {@link #on}, and draws {@link #state()}; this class steps the
 * round and saves: typing at most every {@link Autosaver#INTERVAL} (an answer the front end keeps
 * comes through {@link #typing()}), a phase change at once, the last round's score as the final
 * save (completed), a verdict on a scored round at once. {@link #end()} is the one rule for
 * leaving. Not thread-safe: a front end calls it under its own lock (its shutdown hook too, through
 * {@link ExitSave}).
 */
public final class PracticeRun implements AutoCloseable {
  private final LiveSession live;
  private final Loop loop;
  private final String notice;
  private final Typing typing = new Typing(this);

  private PracticeRun(LiveSession live, Loop loop, String notice) {
    this.live = live;
    this.loop = loop;
    this.notice = notice;
  }

  /**
   * Plans a loop for {@code request} (random scenarios skip those practised in the last day, {@link
   * RecentScenarios}) and starts recording it under a locked id, reserved {@code ahead} if it was;
   * the first save waits for {@link #savePending()} (the round's first TUI frame) or the run's
   * first event or save. Throws {@link dev.mockloop.engine.PlanException} when no loop can be
   * planned, {@link SessionException} when the sessions folder cannot take the lock.
   */
  public static PracticeRun start(
      SessionStore store,
      Bank bank,
      AnswerScorer scorer,
      Clock clock,
      PlanRequest request,
      StartAhead ahead) {
    RecentScenarios.Choice choice = RecentScenarios.avoid(bank, request, store, clock.instant());
    Loop loop = Loop.start(LoopPlanner.plan(bank, choice.request()), scorer, clock);
    LiveSession live = LiveSession.startUnsaved(store, loop, clock, ahead);
    return new PracticeRun(live, loop, choice.notice());
  }

  /** Starts recording a loop already started (tests, tools); the first save happens here. */
  public static PracticeRun start(SessionStore store, Loop loop, Clock clock) {
    return new PracticeRun(LiveSession.start(store, loop, clock), loop, "");
  }

  /**
   * Continues an unfinished transcript where it stopped ({@link Recovery}), saved as completed when
   * every round was scored; {@link SessionException} when it cannot (a scenario gone, a lock held).
   */
  public static PracticeRun resume(
      SessionStore store, Transcript t, Bank bank, AnswerScorer scorer, Clock clock) {
    Loop loop = Recovery.resume(t, bank, scorer, clock);
    PracticeRun run = new PracticeRun(LiveSession.resume(store, t, loop, clock), loop, "");
    if (loop.completed()) {
      run.save();
    }
    return run;
  }

  /** Why the scenarios are what they are (recent ones repeated); empty when nothing to say. */
  public String notice() {
    return notice;
  }

  public Loop loop() {
    return loop;
  }

  /** The state of the round being played (or the last one, once the loop is over). */
  public RoundState state() {
    return loop.current().state();
  }

  /** Where a front end that keeps the answer itself says it changed ({@link Typing}). */
  public Typing typing() {
    return typing;
  }

  /** Applies {@code event} to the current round and saves as the rules above say. */
  public RoundState on(RoundEvent event) {
    return on(loop.current(), event);
  }

  /** As {@link #on(RoundEvent)} for {@code round}: a verdict on an earlier round (line mode). */
  public RoundState on(Round round, RoundEvent event) {
    if (!loop.rounds().contains(round)) {
      throw new IllegalArgumentException("not a round of this loop");
    }
    typing.send(); // what was typed comes before the event
    live.savePending();
    var before = round.state().phase();
    RoundState s = round.on(event);
    if (event instanceof RoundEvent.Edit) {
      live.edited();
    } else if (event instanceof RoundEvent.Tick) {
      live.tick();
    }
    if (event instanceof RoundEvent.MarkCovered
        || event instanceof RoundEvent.Unmark
        || event instanceof RoundEvent.SelfRate) {
      live.verdictChanged();
    } else if (!s.phase().equals(before)) {
      save();
    }
    return s;
  }

  /** Time passed without a round event: saves typing that is due (line mode's timer). */
  public void saveIfDue() {
    live.tick();
  }

  /** Makes the first save if {@link #start} left it for later; nothing otherwise. */
  public void savePending() {
    live.savePending();
  }

  /** Saves now: completed once every round is scored, else in progress. Also the retry key. */
  public void save() {
    if (loop.completed()) {
      live.finish(SessionStatus.COMPLETED);
    } else {
      live.phaseChanged();
    }
  }

  /** Starts the next round and saves; false (nothing changes) when the loop has no next one. */
  public boolean next() {
    if (!loop.hasNext()) {
      return false;
    }
    loop.next();
    live.phaseChanged();
    return true;
  }

  /** Leaves the run ({@link SessionStatus#whenLeft}); never throws, retries a failed final save. */
  public Transcript end() {
    typing.send();
    if (!loop.completed() && state().phase().answering()) {
      loop.current().on(RoundEvent.quit());
    }
    return live.finish(SessionStatus.whenLeft(loop));
  }

  /** As {@link #end()}, when line mode's input ran out: {@link SessionStatus#whenInputEnded}. */
  public Transcript pause() {
    return live.finish(SessionStatus.whenInputEnded(loop));
  }

  /**
   * Saves what is typed now (Ctrl-C, SIGTERM, SIGHUP, a crash) without ending the run, into the
   * sessions folder or a rescue copy. Never throws; where the answers are now, empty when nowhere.
   */
  public Optional<Path> emergencySave() {
    typing.send();
    return live.checkpoint();
  }

  /** Ctrl-C: {@link #emergencySave()}, then the sentence on where the answers are now. */
  public String interruptSave() {
    emergencySave();
    return live.whereSaved();
  }

  /** Where the transcript is, whether saves go through, and the session's id. */
  public SaveStatus saves() {
    return live;
  }

  /** The transcript as it stands (in progress), e.g. for "last time" on the results screen. */
  public Transcript snapshot() {
    return live.snapshot(SessionStatus.IN_PROGRESS);
  }

  /** Releases the lock without a final save (the transcript stays in progress, as after a kill). */
  @Override
  public void close() throws IOException {
    live.close();
  }
}
