package dev.mockloop.tui;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.input.KeyStroke;
import dev.mockloop.engine.Phase;
import dev.mockloop.engine.RoundEvent;
import dev.mockloop.engine.RoundState;
import dev.mockloop.io.Plural;
import dev.mockloop.session.PracticeRun;

/**
 * The round screen: header with the countdown, the question (scrollable), the answer editor with
 * the cursor in it, and the keys. Keys become engine events for the {@link PracticeRun}, which
 * saves them; what they type goes once per batch of keys ({@link #keysHandled}). A new main
 * question opens on the reading page ({@link QuestionPage}: the whole question and context); Enter,
 * or the first typed character, starts answering. While typing, F2 (or Ctrl-T) lays the page over
 * the editor and back. The question above the editor is a {@link QuestionPane}.
 */
final class RoundView implements View {
  private final Navigator app;
  private final KeyTable[] keys = new KeyTable[3]; // reading, overlay, editing; made when asked
  private final PracticeRun run;
  private final EditorPane editor = new EditorPane();
  private final QuestionPage page;
  private final String notice;
  private Phase phase;
  private boolean reading;
  private boolean overlay;
  private final QuestionPane question = new QuestionPane();
  private String status = "";

  /** {@code notice} (how the scenarios were chosen; may be empty) shows on the reading page. */
  RoundView(Navigator app, PracticeRun run, String notice) {
    this.app = app;
    this.run = run;
    this.notice = notice == null ? "" : notice;
    RoundState s = run.state();
    phase = s.phase();
    editor.reset(s.draft());
    reading = phase.kind() == Phase.Kind.MAIN && s.draft().isEmpty();
    page =
        new QuestionPage(
            () -> QuestionPage.paras(reading ? this.notice : "", run.state(), app.ctx().theme()));
  }

  /** True while the reading page or the question overlay covers the editor. */
  boolean pageShown() {
    return reading || overlay;
  }

  @Override
  public KeyTable keys() {
    int i = reading ? 0 : overlay ? 1 : 2; // a round's first frame shows only the reading keys
    if (keys[i] == null) {
      keys[i] = i == 0 ? readingKeys() : i == 1 ? overlayKeys() : editingKeys();
    }
    return keys[i];
  }

  private KeyTable editingKeys() {
    return new KeyTable()
        .row("Ctrl-D/F10", "submit", this::submit)
        .on(Op.SUBMIT)
        .row(
            "F2",
            "whole question",
            () -> {
              overlay = true;
              page.reset();
            })
        .brief("question")
        .on(Op.QUESTION)
        .row("PgUp/PgDn", "scroll question", (k, op) -> question.scroll(op))
        .brief("scroll")
        .on(Op.PAGE_UP, Op.PAGE_DOWN)
        .row("Esc", "leave loop", () -> RoundQuestions.askLeave(app))
        .brief("leave")
        .on(Op.ESCAPE)
        .row("Ctrl-C", "quit", () -> app.interrupt())
        .on(Op.INTERRUPT)
        .otherwise(
            (k, op) -> {
              if (editor.key(k, op)) {
                status = "";
                run.typing().changed(phase, editor::text); // read once the keys are handled
              }
            });
  }

  /**
   * The reading page: Enter (or F2) starts answering, Esc asks to leave the loop. Any other key
   * closes the page and goes on to the editor, so nothing typed is lost.
   */
  private KeyTable readingKeys() {
    return new KeyTable()
        .row("Enter", "start answering", this::closePage)
        .on(Op.ENTER, Op.QUESTION)
        .row("↑↓ PgUp/PgDn", "scroll", (k, op) -> page.scroll(op))
        .on(Keys.SCROLL)
        .row("Esc", "leave loop", () -> RoundQuestions.askLeave(app))
        .brief("leave")
        .on(Op.ESCAPE)
        .row("Ctrl-C", "quit", () -> app.interrupt())
        .on(Op.INTERRUPT)
        .otherwise(this::toEditor);
  }

  /** The question over the editor while typing: F2, Esc or Enter go back; other keys type. */
  private KeyTable overlayKeys() {
    return new KeyTable()
        .row("F2/Esc", "back to answer", this::closePage)
        .brief("back")
        .on(Op.QUESTION, Op.ESCAPE, Op.ENTER)
        .row("↑↓ PgUp/PgDn", "scroll", (k, op) -> page.scroll(op))
        .on(Keys.SCROLL)
        .row(
            "Ctrl-D/F10",
            "submit",
            () -> {
              closePage();
              submit();
            })
        .on(Op.SUBMIT)
        .row("Ctrl-C", "quit", () -> app.interrupt())
        .on(Op.INTERRUPT)
        .otherwise(this::toEditor);
  }

  private void closePage() {
    reading = false;
    overlay = false;
  }

  private void toEditor(KeyStroke k, Op op) {
    if (op != Op.NONE) {
      closePage();
      keys().handle(k, op);
    }
  }

  private void submit() {
    RoundQuestions.submit(app, run, editor.text(), this::afterEvent);
  }

  @Override
  public void tick() {
    run.on(RoundEvent.tick());
    afterEvent();
  }

  /** The answer typed by the keys just handled goes to the round (a time-out may show now). */
  @Override
  public void keysHandled() {
    if (run.typing().pending()) {
      run.typing().send();
      afterEvent();
    }
  }

  /** After an event: a new phase drops keys typed on (TypeAhead), resets the editor or moves on. */
  private void afterEvent() {
    RoundState s = run.state();
    if (s.phase().equals(phase)) {
      return;
    }
    app.holdTypedAhead();
    status = s.lastTimedOut() ? "Time's up: your answer was submitted." : "Answer submitted.";
    if (s.over()) {
      app.practice().roundOver();
      return;
    }
    phase = s.phase();
    editor.reset(s.draft());
    question.reset();
    overlay = false;
    page.reset();
  }

  @Override
  public void draw(Canvas c) {
    RoundState s = run.state();
    RoundChrome.header(c, s);
    int bottom = Footer.draw(c, keys());
    if (pageShown()) {
      page.draw(c, reading, editor.words(), bottom);
      return;
    }
    int sep = question.draw(c, s, bottom);
    String msg = run.saves().saveError().map(e -> "Autosave failed: " + e).orElse(status);
    RoundChrome.answerSeparator(
        c, sep, " Your answer · " + Plural.of(editor.words(), "word") + " ", msg, question.more());
    editor.draw(c, sep + 1, bottom);
  }

  @Override
  public TerminalPosition cursor() {
    return pageShown() ? null : editor.cursorPosition();
  }
}
