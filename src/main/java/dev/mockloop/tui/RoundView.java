package dev.mockloop.tui;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.input.KeyStroke;
import dev.mockloop.engine.Phase;
import dev.mockloop.engine.RoundEvent;
import dev.mockloop.engine.RoundState;
import dev.mockloop.io.Plural;
import dev.mockloop.session.PracticeRun;
import dev.mockloop.session.SessionStatus;
import java.util.List;

/**
 * The round screen: header with the countdown, the question (scrollable), the answer editor with
 * the cursor in it, and the keys. Keys become engine events for the {@link PracticeRun}, which
 * saves them. A new main question opens on the reading page ({@link QuestionPage}: the whole
 * question and context); Enter, or the first typed character, starts answering. While typing, F2
 * (or Ctrl-T) lays the page over the editor and back.
 */
final class RoundView implements View {
  private final Navigator app;
  private final KeyTable editingKeys = editingKeys();
  private final KeyTable readingKeys = readingKeys();
  private final KeyTable overlayKeys = overlayKeys();
  private final PracticeRun run;
  private final EditorPane editor = new EditorPane();
  private final QuestionPage page;
  private final String notice;
  private Phase phase;
  private boolean reading;
  private boolean overlay;
  private int questionTop;
  private int questionRows = 1;
  private String status = "";

  RoundView(Navigator app, PracticeRun run) {
    this(app, run, "");
  }

  /** As above; {@code notice} (how the scenarios were chosen) shows on the reading page. */
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
    return reading ? readingKeys : overlay ? overlayKeys : editingKeys;
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
        .row(
            "PgUp/PgDn",
            "scroll question",
            (k, op) ->
                questionTop =
                    op == Op.PAGE_UP
                        ? Math.max(0, questionTop - Math.max(1, questionRows - 1))
                        : questionTop + Math.max(1, questionRows - 1))
        .brief("scroll")
        .on(Op.PAGE_UP, Op.PAGE_DOWN)
        .row("Esc", "leave round", this::askLeave)
        .brief("leave")
        .on(Op.ESCAPE)
        .row("Ctrl-C", "quit", () -> app.interrupt())
        .on(Op.INTERRUPT)
        .otherwise(
            (k, op) -> {
              if (editor.key(k, op)) {
                status = "";
                run.on(RoundEvent.edit(editor.text()));
                afterEvent();
              }
            });
  }

  /**
   * The reading page: Enter (or F2) starts answering, Esc asks to leave the round. Any other key
   * closes the page and goes on to the editor, so nothing typed is lost.
   */
  private KeyTable readingKeys() {
    return new KeyTable()
        .row("Enter", "start answering", this::closePage)
        .on(Op.ENTER, Op.QUESTION)
        .row("↑↓ PgUp/PgDn", "scroll", (k, op) -> page.scroll(op))
        .on(Keys.SCROLL)
        .row("Esc", "leave round", this::askLeave)
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
      editingKeys.handle(k, op);
    }
  }

  private void askLeave() {
    app.ask(
        "Leave this round? What you typed stays in the transcript.",
        () -> {
          boolean paused = app.practice().endSession() == SessionStatus.PAUSED;
          app.home(
              paused
                  ? "Round left; your draft is saved and the next start offers to resume it."
                  : "Round left; the transcript is saved.");
        },
        () -> {},
        false);
  }

  private void submit() {
    if (editor.text().isBlank()) {
      app.ask(
          "Submit an empty answer?",
          () -> {
            run.on(RoundEvent.submit());
            afterEvent();
          },
          () -> {},
          false);
      return;
    }
    run.on(RoundEvent.submit());
    afterEvent();
  }

  @Override
  public void tick() {
    run.on(RoundEvent.tick());
    afterEvent();
  }

  /** After an event (saved by the run): a new phase resets the editor, a scored round moves on. */
  private void afterEvent() {
    RoundState s = run.state();
    if (s.phase().equals(phase)) {
      return;
    }
    status = s.lastTimedOut() ? "Time's up: your answer was submitted." : "Answer submitted.";
    if (s.over()) {
      app.practice().roundOver();
      return;
    }
    phase = s.phase();
    editor.reset(s.draft());
    questionTop = 0;
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
    List<List<Span>> question = Styled.wrapAll(QuestionPage.paras(s, c.theme), c.width() - 2);
    int maxRows = Math.max(3, (bottom - 4) * 2 / 5);
    questionRows = Math.min(question.size(), maxRows);
    questionTop = Math.max(0, Math.min(questionTop, question.size() - questionRows));
    for (int i = 0; i < questionRows; i++) {
      c.spans(1, 2 + i, question.get(questionTop + i));
    }
    int sep = 2 + questionRows;
    String more =
        question.size() > questionRows
            ? " question "
                + (questionTop + 1)
                + "-"
                + (questionTop + questionRows)
                + "/"
                + question.size()
                + " PgUp/PgDn "
            : "";
    String msg = run.saves().saveError().map(e -> "Autosave failed: " + e).orElse(status);
    RoundChrome.answerSeparator(
        c, sep, " Your answer · " + Plural.of(editor.words(), "word") + " ", msg, more);
    editor.draw(c, sep + 1, bottom);
  }

  @Override
  public TerminalPosition cursor() {
    return pageShown() ? null : editor.cursorPosition();
  }
}
