package dev.mockloop.tui;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.input.KeyStroke;
import dev.mockloop.engine.DrillPlan;
import dev.mockloop.engine.PlanRequest;
import dev.mockloop.session.PracticeRun;
import dev.mockloop.session.StartAhead;
import java.util.Optional;

/**
 * The TUI's state: which view is showing, an optional yes/no question over it, and the practice
 * run's screens ({@link PracticeFlow}). It is every view's {@link Navigator}. Front-end plumbing
 * (terminal, GUI thread, timer) is in {@link Tui}; this class only sees keys, ticks and a canvas,
 * so tests drive it directly.
 */
final class App implements Navigator {
  private final TuiContext ctx;
  private View view;
  private Confirm confirm;
  private final PracticeFlow practice;
  private final TypeAhead typeAhead = new TypeAhead();
  private boolean done;
  private HomeSettings homeSettings;

  App(TuiContext ctx) {
    this(ctx, StartAhead.none());
  }

  /** As above, with the resume check and a new session's id looked up {@code ahead}. */
  App(TuiContext ctx, StartAhead ahead) {
    this.ctx = ctx;
    this.practice = new PracticeFlow(this, ahead);
  }

  /** Offers unfinished sessions first, then starts the requested loop or shows home. */
  void start(Optional<PlanRequest> direct) {
    practice.afterUnfinished(() -> direct.ifPresentOrElse(practice::startLoop, () -> home("")));
  }

  /** Offers unfinished sessions first, then shows the drill's plan; Enter there starts it. */
  void startDrill(DrillPlan plan, PlanRequest request) {
    practice.afterUnfinished(() -> show(new DrillPlanView(this, plan, request)));
  }

  /**
   * A key that arrived at {@code at} (nanoseconds, the driver's clock); {@code pasted} when a
   * character came right behind it. Keys typed ahead of a screen change are dropped ({@link
   * TypeAhead}); Ctrl-C always goes through.
   */
  void key(KeyStroke k, long at, boolean pasted) {
    Op op = Keys.op(k);
    if (op != Op.INTERRUPT && typeAhead.drops(at)) {
      return;
    }
    if (confirm != null && op == Op.INTERRUPT && !confirm.ctrlCMeansYes()) {
      confirm = null; // Ctrl-C always reaches the quit question, whatever else was asked
    }
    if (confirm != null) {
      Confirm c = confirm;
      boolean text = op == Op.CHAR && view.keys().takesText();
      if (!(text && pasted) && c.key(k, op)) {
        if (confirm == c) {
          confirm = null;
        }
      } else if (text) {
        // typing on under the question (Esc pressed by mistake mid-sentence), or a paste, even
        // one that starts with "y" or "n": the question is answered "no" and the character goes
        // to the answer, so nothing typed is dropped
        c.no().run();
        view.keys().handle(k, op);
      }
      return;
    }
    if (op == Op.INTERRUPT) {
      interrupt();
      return;
    }
    view.keys().handle(k, op);
  }

  /** True while a y/n question is up. */
  boolean asking() {
    return confirm != null;
  }

  /** The countdown and autosave; nothing once the user quit (the run is ended and saved). */
  void tick() {
    if (!done) {
      view.tick();
    }
  }

  void draw(Canvas c) {
    c.clear();
    if (!MinSize.fits(c)) {
      // A question asked while the terminal is too small (Ctrl-C at 40 columns) is shown, not
      // hidden behind the enlarge message: its keys work either way.
      if (confirm != null) {
        confirm.draw(c);
      } else {
        MinSize.drawMessage(c, practice.run() != null);
      }
      return;
    }
    view.draw(c);
    if (confirm != null) {
      confirm.draw(c);
    }
  }

  /**
   * The frame just drawn is on the terminal at {@code now} (the driver's clock); a round's first
   * save, left until its first frame showed, happens now, before any key is handled.
   */
  void drawn(long now) {
    typeAhead.drawn(now);
    practice.savePending();
  }

  TerminalPosition cursor(Canvas size) {
    if (confirm != null || !MinSize.fits(size)) {
      return null;
    }
    return view.cursor();
  }

  /**
   * Ctrl-C: saves the draft (to a rescue copy when the sessions folder fails), then asks whether to
   * quit, saying truthfully where the answers are.
   */
  @Override
  public void interrupt() {
    PracticeRun run = practice.run();
    String where = run == null ? "" : " " + run.interruptSave();
    ask("Quit mockloop?" + where, this::quit, () -> {}, true);
  }

  boolean done() {
    return done;
  }

  View view() {
    return view;
  }

  @Override
  public TuiContext ctx() {
    return ctx;
  }

  @Override
  public PracticeFlow practice() {
    return practice;
  }

  @Override
  public void show(View v) {
    view = v;
  }

  @Override
  public void ask(String question, Runnable yes, Runnable no, boolean ctrlCMeansYes) {
    confirm =
        new Confirm(
            question,
            () -> {
              confirm = null;
              yes.run();
            },
            () -> {
              confirm = null;
              no.run();
            },
            ctrlCMeansYes);
  }

  @Override
  public void holdTypedAhead() {
    typeAhead.hold();
  }

  @Override
  public void home(String notice) {
    homeSettings = homeSettings == null ? new HomeSettings(ctx) : homeSettings;
    show(new HomeView(this, notice, homeSettings));
  }

  @Override
  public void quit() {
    practice.endSession();
    done = true;
  }
}
