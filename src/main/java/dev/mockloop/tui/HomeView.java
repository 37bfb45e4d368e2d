package dev.mockloop.tui;

import dev.mockloop.bank.Level;
import dev.mockloop.engine.PlanRequest;
import dev.mockloop.engine.RoundSettings;
import dev.mockloop.session.UserState;
import java.util.ArrayList;
import java.util.List;

/**
 * The home screen: level (with what it rewards), mode (single round, loop of 4, pick a scenario
 * with its last score and date, by topic), timing, then Enter starts. Keyboard only; every key is
 * in the footer.
 */
final class HomeView implements View {
  static final String[] MODES = {
    "single round", "full loop of 4", "pick a scenario", "by topic", "drill"
  };
  private static final int DRILL = 4;

  /** Screens shorter than this show the level on one line when a list needs the rows. */
  private static final int COMPACT_BELOW = 24;

  private final Navigator app;
  private final KeyTable keys;
  private final String notice;
  private final DrillPreview drill;
  private Level level;
  private int mode;
  private int pick;
  private boolean inList;
  private boolean untimed;

  /** Principle questions before each technical scenario, 0..2. */
  private int lp;

  /** Whether the user set {@link #lp} here; if not, the planner's default applies. */
  private boolean lpChosen;

  /** Whether rounds ask for a self-rating before the score (remembered; {@code a} switches). */
  private boolean selfRate;

  private final HomeChoices choices;

  /** The keys while a scenario search is typed. */
  private final KeyTable searching;

  HomeView(Navigator app, String notice) {
    this.app = app;
    this.keys = table();
    this.notice = notice == null ? "" : notice;
    this.untimed = app.ctx().defaults().untimed();
    this.lp =
        Math.max(
            app.ctx().defaults().lp(), app.ctx().defaults().lp() == RoundSettings.LP_AUTO ? 1 : 0);
    this.level = new UserState(app.ctx().store().dir()).lastLevel().orElse(Level.L6);
    this.selfRate = new UserState(app.ctx().store().dir()).selfRate();
    this.drill = new DrillPreview(app);
    this.choices = new HomeChoices(app.ctx());
    this.searching =
        choices.picker.keys(this::start, (k, op) -> move(op == Op.UP ? -1 : 1), () -> pick = 0);
  }

  @Override
  public KeyTable keys() {
    return choices.picker.typing() ? searching : keys;
  }

  private KeyTable table() {
    return new KeyTable()
        .row("Enter/s", "start", this::start)
        .on(Op.ENTER)
        .chars("s")
        .row("↑↓", "choose", (k, op) -> move(op == Op.UP ? -1 : 1))
        .on(Op.UP, Op.DOWN)
        .row("6/7", "level", (k, op) -> setLevel(k.getCharacter() == '6' ? Level.L6 : Level.L7))
        .chars("67")
        .row(
            "←→/1-" + MODES.length,
            "mode",
            (k, op) ->
                setMode(
                    op == Op.LEFT
                        ? (mode + MODES.length - 1) % MODES.length
                        : op == Op.RIGHT ? (mode + 1) % MODES.length : k.getCharacter() - '1'))
        .on(Op.LEFT, Op.RIGHT)
        .chars("12345".substring(0, MODES.length))
        .row("Tab", "level/list", () -> inList = hasList() && !inList)
        .on(Op.TAB)
        .row(
            "/",
            "search",
            () -> {
              choices.picker.start();
              inList = true;
              pick = 0;
            })
        .chars("/")
        .when(() -> mode == 2)
        .row("t", "timing", () -> untimed = !untimed)
        .chars("t")
        .row(
            "a",
            "rate yourself",
            () -> {
              selfRate = !selfRate;
              new UserState(app.ctx().store().dir()).rememberSelfRate(selfRate);
            })
        .brief("rating")
        .chars("a")
        .row(
            "p",
            "principles",
            () -> {
              lp = (lp + 1) % (RoundSettings.MAX_LP + 1);
              lpChosen = true;
            })
        .chars("p")
        .row("r", "review", () -> app.show(new ReviewListView(app, true)))
        .chars("r")
        .row("q", "quit", app::quit)
        .chars("q");
  }

  private void move(int d) {
    if (inList && hasList()) {
      int n = listItems(Integer.MAX_VALUE / 2).size();
      pick = n == 0 ? 0 : Math.max(0, Math.min(n - 1, pick + d));
    } else {
      setLevel(d < 0 ? Level.L6 : Level.L7);
    }
  }

  private void setLevel(Level l) {
    level = l;
    pick = 0;
  }

  private void setMode(int m) {
    mode = m;
    pick = 0;
    inList = hasList();
  }

  private boolean hasList() {
    return mode == 2 || mode == 3;
  }

  private List<String> listItems(int width) {
    return choices.items(mode == 2, level, width);
  }

  private void start() {
    RoundSettings d = app.ctx().defaults();
    int asked = !choices.hasPrinciples(level) ? 0 : lpChosen ? lp : d.lp();
    RoundSettings settings =
        new RoundSettings(d.maxFollowUps(), d.minutesOverride(), untimed, asked, d.lpOnly());
    PlanRequest req =
        mode == DRILL
            ? drill.request(level, settings)
            : choices.request(
                level, mode, pick, settings, app.ctx().clock().instant().toEpochMilli());
    if (req != null) {
      new UserState(app.ctx().store().dir()).rememberLevel(level);
      app.practice().startLoop(req);
    }
  }

  @Override
  public void draw(Canvas c) {
    Theme t = c.theme;
    c.fill(0, 1, t.bar);
    c.text(0, 0, " mockloop · practise Amazon L6/L7 technical interview rounds", t.bar);
    List<List<Span>> p = new ArrayList<>();
    // a short screen with a list to show gives the level one line, without what it rewards
    boolean compact = c.height() < COMPACT_BELOW && (hasList() || mode == DRILL);
    List<Span> oneLine = new ArrayList<>(List.of(new Span("Level   ↑↓ or 6/7 ", t.heading)));
    if (!compact) {
      p.add(Styled.para("Level   ↑↓ or 6/7", t.heading));
    }
    for (Level l : Level.values()) {
      Style s = l == level ? (inList ? t.heading : t.selected) : t.normal;
      Span mark = new Span(l == level ? " ▶ " : "   ", t.key);
      if (compact) {
        oneLine.addAll(List.of(mark, new Span(l.name(), s)));
      } else {
        p.add(
            List.of(
                mark,
                new Span(l.name(), s),
                new Span("  " + l.rewards(), l == level ? t.normal : t.dim)));
      }
    }
    if (compact) {
      p.add(oneLine);
    }
    p.add(Styled.para("", t.normal));
    p.add(Styled.para("Mode   ←→ or 1-" + MODES.length, t.heading));
    List<Span> modes = new ArrayList<>();
    modes.add(new Span(" ", t.normal));
    for (int i = 0; i < MODES.length; i++) {
      modes.add(new Span((i + 1) + " " + MODES[i], i == mode ? t.selected : t.normal));
      modes.add(new Span("   ", t.normal));
    }
    p.add(modes);
    drawParas(c, p, 2, Footer.draw(c, keys()));
  }

  /**
   * The level and mode from {@code row}, the list or drill plan, the settings above {@code end}.
   */
  private void drawParas(Canvas c, List<List<Span>> p, int row, int end) {
    Theme t = c.theme;
    List<List<Span>> lines = Styled.wrapAll(p, c.width() - 2);
    int r = row;
    for (List<Span> l : lines) {
      c.spans(1, r++, l);
    }
    r++;
    int bottom = end - 5;
    if (hasList()) {
      List<String> items = listItems(c.width() - 5);
      String heading =
          mode == 2
              ? choices.picker.heading(inList, items.size(), choices.scenarios(level).size())
              : "Topic   ↑↓ choose, Tab to " + (inList ? "level" : "list");
      c.text(1, r++, Canvas.ellipsize(heading, c.width() - 2), t.heading);
      int rows = Math.max(1, bottom - r);
      int top = Math.max(0, Math.min(pick - rows / 2, items.size() - rows));
      for (int i = top; i < items.size() && r < bottom; i++) {
        boolean sel = i == pick;
        c.text(1, r, sel ? " ▶ " : "   ", t.key);
        c.text(4, r++, items.get(i), sel && inList ? t.selected : t.normal);
      }
      if (items.isEmpty()) {
        String none = choices.picker.filtered() ? "matches the search" : "at " + level;
        c.text(4, r++, "(no scenario " + none + ")", t.dim);
      }
    }
    if (mode == DRILL) {
      drill.draw(c, level, r, bottom);
    }
    c.text(
        1,
        end - 4,
        Canvas.ellipsize(
            "Timing  "
                + (untimed ? "untimed practice" : "timed," + " like the interview")
                + " (t)   Rate yourself  "
                + (selfRate ? "on" : "off")
                + " (a)",
            c.width() - 2),
        t.normal);
    c.text(1, end - 3, choices.principles(level, lp), t.normal);
    if (!notice.isEmpty()) {
      List<List<Span>> note = Styled.wrap(Styled.para(notice, t.warn), c.width() - 2);
      for (int i = 0; i < Math.min(2, note.size()); i++) {
        c.spans(1, end - 2 + i, note.get(i));
      }
    }
  }
}
