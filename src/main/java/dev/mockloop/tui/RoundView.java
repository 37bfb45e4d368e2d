package dev.mockloop.tui;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.input.KeyStroke;
import dev.mockloop.engine.Phase;
import dev.mockloop.engine.Round;
import dev.mockloop.engine.RoundEvent;
import dev.mockloop.engine.RoundState;
import dev.mockloop.io.Plural;
import dev.mockloop.report.Wrap;
import dev.mockloop.session.PracticeRun;
import java.util.ArrayList;
import java.util.List;

/**
 * The round screen: header with the countdown, the question (scrollable), the answer editor with
 * the cursor in it, and the keys. Keys become engine events for the {@link PracticeRun}, which
 * saves them. A new
 * main question opens on the reading page ({@link QuestionPage}: the whole question and context);
 * Enter, or the first typed character, starts answering. While typing, F2 (or Ctrl-T) lays the
 * page over the editor and back.
 */
final class RoundView implements View {
  private final App app;
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

  RoundView(App app, PracticeRun run) {
    this(app, run, "");
  }

  /** As above; {@code notice} (how the scenarios were chosen) shows on the reading page. */
  RoundView(App app, PracticeRun run, String notice) {
    this.app = app;
    this.run = run;
    this.notice = notice == null ? "" : notice;
    RoundState s = run.state();
    phase = s.phase();
    editor.reset(s.draft());
    reading = phase.kind() == Phase.Kind.MAIN && s.draft().isEmpty();
    page = new QuestionPage(() -> pageParas(run.state(), app.ctx.theme()));
  }

  private List<List<Span>> pageParas(RoundState s, Theme t) {
    List<List<Span>> p = new ArrayList<>();
    if (reading && !notice.isEmpty()) {
      p.add(Styled.para(notice, t.warn));
      p.add(Styled.para("", t.normal));
    }
    p.addAll(QuestionPage.paras(s, t));
    return p;
  }

  /** True while the reading page or the question overlay covers the editor. */
  boolean pageShown() {
    return reading || overlay;
  }

  @Override
  public void key(KeyStroke k, Op op) {
    if (pageShown() && pageKey(op)) {
      return;
    }
    switch (op) {
      case QUESTION -> {
        overlay = true;
        page.reset();
      }
      case SUBMIT -> submit();
      case ESCAPE -> app.ask("Leave this round? What you typed stays in the transcript.",
          () -> {
            app.practice.endSession();
            app.home("Round left; the transcript is saved.");
          }, () -> {}, false);
      case PAGE_UP -> questionTop = Math.max(0, questionTop - Math.max(1, questionRows - 1));
      case PAGE_DOWN -> questionTop += Math.max(1, questionRows - 1);
      default -> {
        if (editor.key(k, op)) {
          run.on(RoundEvent.edit(editor.text()));
          afterEvent();
        }
      }
    }
  }

  /**
   * Keys on the reading page or the overlay: scrolling, Enter/F2 (and Esc on the overlay) back to
   * the editor. Any other key closes the page and goes on to the editor, so nothing typed is lost;
   * Esc on the reading page still asks to leave the round.
   */
  private boolean pageKey(Op op) {
    if (page.scroll(op)) {
      return true;
    }
    if (op == Op.ENTER || op == Op.QUESTION || (op == Op.ESCAPE && overlay)) {
      reading = false;
      overlay = false;
      return true;
    }
    if (op == Op.ESCAPE || op == Op.NONE) {
      return op == Op.NONE;
    }
    reading = false;
    overlay = false;
    return false;
  }

  private void submit() {
    if (editor.text().isBlank()) {
      app.ask("Submit an empty answer?", () -> {
        run.on(RoundEvent.submit());
        afterEvent();
      }, () -> {}, false);
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
      app.practice.roundOver();
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
    if (pageShown()) {
      page.draw(c, reading, editor.words());
      return;
    }
    int w = c.width();
    List<List<Span>> question = Styled.wrapAll(QuestionPage.paras(s, c.theme), w - 2);
    int maxRows = Math.max(3, (c.height() - 5) * 2 / 5);
    questionRows = Math.min(question.size(), maxRows);
    questionTop = Math.max(0, Math.min(questionTop, question.size() - questionRows));
    for (int i = 0; i < questionRows; i++) {
      c.spans(1, 2 + i, question.get(questionTop + i));
    }
    int sep = 2 + questionRows;
    String more = question.size() > questionRows
        ? " question " + (questionTop + 1) + "-" + (questionTop + questionRows) + "/"
            + question.size() + " PgUp/PgDn "
        : "";
    String label = " Your answer · " + Plural.of(editor.words(), "word") + " ";
    RoundChrome.separator(c, sep, label, more);
    String msg = run.saves().saveError().map(e -> "Autosave failed: " + e).orElse(status);
    if (!msg.isEmpty()) {
      c.text(label.length() + 2, sep, " " + msg + " ", c.theme.warn);
    }
    editor.draw(c, sep + 1, c.height() - 1);
    RoundChrome.footer(c, Keys.ROUND_FOOTER);
  }

  @Override
  public TerminalPosition cursor() {
    return pageShown() ? null : editor.cursorPosition();
  }
}
