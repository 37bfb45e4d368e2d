package dev.mockloop.tui;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.input.KeyStroke;
import dev.mockloop.engine.DrillPlan;
import dev.mockloop.engine.PlanException;
import dev.mockloop.engine.PlanRequest;
import dev.mockloop.session.PracticeRun;
import dev.mockloop.session.SessionException;
import dev.mockloop.session.Transcript;
import dev.mockloop.session.UserState;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The TUI's state: which view is showing, an optional yes/no question over it, and the practice
 * run ({@link PracticeRun}: the engine and the transcript) the views show. Views navigate through
 * it. Front-end plumbing (terminal, GUI thread, timer) is
 * in {@link Tui}; this class only sees keys, ticks and a canvas, so tests drive it directly.
 */
final class App {
  static final int MIN_COLS = 60;
  static final int MIN_ROWS = 18;

  final TuiContext ctx;
  private View view;
  private Confirm confirm;
  private volatile PracticeRun run;
  private boolean done;
  private final List<Path> saved = new ArrayList<>();

  App(TuiContext ctx) {
    this.ctx = ctx;
  }

  /** Offers unfinished sessions first, then starts the requested loop or shows home. */
  void start(Optional<PlanRequest> direct) {
    List<Transcript> unfinished = ctx.store().unfinished();
    Runnable next = () -> direct.ifPresentOrElse(this::startLoop, () -> home(""));
    if (unfinished.isEmpty()) {
      next.run();
    } else {
      show(new ResumeView(this, unfinished, next));
    }
  }

  /** Offers unfinished sessions first, then shows the drill's plan; Enter there starts it. */
  void startDrill(DrillPlan plan, PlanRequest request) {
    List<Transcript> unfinished = ctx.store().unfinished();
    Runnable next = () -> show(new DrillPlanView(this, plan, request));
    if (unfinished.isEmpty()) {
      next.run();
    } else {
      show(new ResumeView(this, unfinished, next));
    }
  }

  void key(KeyStroke k) {
    Op op = Keys.op(k);
    if (confirm != null && op == Op.INTERRUPT && !confirm.ctrlCMeansYes()) {
      confirm = null; // Ctrl-C always reaches the quit question, whatever else was asked
    }
    if (confirm != null) {
      Confirm c = confirm;
      if (c.key(k, op)) {
        if (confirm == c) {
          confirm = null;
        }
      }
      return;
    }
    if (op == Op.INTERRUPT) {
      interrupt();
      return;
    }
    view.key(k, op);
  }

  void tick() {
    view.tick();
  }

  void draw(Canvas c) {
    c.clear();
    if (c.width() < MIN_COLS || c.height() < MIN_ROWS) {
      drawTooSmall(c);
      return;
    }
    view.draw(c);
    if (confirm != null) {
      confirm.draw(c);
    }
  }

  TerminalPosition cursor(Canvas size) {
    if (confirm != null || size.width() < MIN_COLS || size.height() < MIN_ROWS) {
      return null;
    }
    return view.cursor();
  }

  private void drawTooSmall(Canvas c) {
    String[] lines = {"Enlarge the terminal", "to at least " + MIN_COLS + "x" + MIN_ROWS,
        "(now " + c.width() + "x" + c.height() + ").", "Your answer is kept."};
    int top = Math.max(0, (c.height() - lines.length) / 2);
    for (int i = 0; i < lines.length; i++) {
      c.text(Math.max(0, (c.width() - lines[i].length()) / 2), top + i, lines[i], c.theme.warn);
    }
  }

  /**
   * Ctrl-C: saves the draft (to a rescue copy when the sessions folder fails), then asks whether
   * to quit, saying truthfully where the answers are.
   */
  void interrupt() {
    String where = run == null ? "" : " " + run.interruptSave();
    ask("Quit mockloop?" + where, this::quit, () -> {}, true);
  }

  boolean done() {
    return done;
  }

  View view() {
    return view;
  }

  /** The run being practised; null on the home screen. */
  PracticeRun run() {
    return run;
  }

  /** Transcripts written in this run, for the goodbye message. */
  List<Path> saved() {
    return List.copyOf(saved);
  }

  void show(View v) {
    view = v;
  }

  void ask(String question, Runnable yes, Runnable no, boolean ctrlCMeansYes) {
    confirm = new Confirm(question, () -> {
      confirm = null;
      yes.run();
    }, () -> {
      confirm = null;
      no.run();
    }, ctrlCMeansYes);
  }

  void home(String notice) {
    show(new HomeView(this, notice));
  }

  /** Plans and starts a loop; a plan that cannot be made goes back home with the reason. */
  void startLoop(PlanRequest req) {
    try {
      run = PracticeRun.start(ctx.store(), ctx.bank(), ctx.scorer(), ctx.clock(), req);
      saved.add(run.path());
      show(new RoundView(this, run, run.notice()));
    } catch (PlanException | SessionException e) {
      home(e.getMessage());
    }
  }

  /** Continues an unfinished session where it stopped. */
  void resume(Transcript t) {
    try {
      run = PracticeRun.resume(ctx.store(), t, ctx.bank(), ctx.scorer(), ctx.clock());
      saved.add(run.path());
      if (run.state().over()) {
        roundOver();
      } else {
        show(new RoundView(this, run));
      }
    } catch (SessionException e) {
      home(e.getMessage());
    }
  }

  /**
   * The current round is scored (and saved by the run): asks for the user's own rating first
   * (unless they turned that off or already rated it), then shows its results.
   */
  void roundOver() {
    boolean rated = run.state().selfRating() != null;
    if (!rated && new UserState(ctx.store().dir()).selfRate()) {
      show(new RateView(this, run));
    } else {
      showResults();
    }
  }

  /** The results of the current (scored) round. */
  void showResults() {
    show(new ResultsView(this, run));
  }

  /** Starts the next round of the loop, or shows the loop summary after the last one. */
  void nextRound() {
    show(run.next() ? new RoundView(this, run) : new SummaryView(this, run));
  }

  /** Leaves the running loop ({@link PracticeRun#end()}); lists the rescue copy if it went there. */
  void endSession() {
    if (run != null) {
      run.end();
      run.rescued().ifPresent(r -> {
        saved.remove(run.path());
        saved.add(r);
      });
      run = null;
    }
  }

  void quit() {
    endSession();
    done = true;
  }

  /**
   * Saves whatever is typed (the shutdown hook, on SIGTERM/SIGHUP): into the sessions folder,
   * or into a rescue copy when that fails, as Ctrl-C does.
   */
  void emergencySave() {
    PracticeRun r = run;
    if (r != null) {
      r.emergencySave();
    }
  }
}
