package dev.mockloop.tui;

import dev.mockloop.bank.Level;
import dev.mockloop.engine.PlanRequest;
import dev.mockloop.engine.RoundSettings;
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
  private final HomeSettings settings;
  private int mode;
  private int pick;
  private boolean inList;
  private final HomeChoices choices;

  /** The keys while a scenario search is typed. */
  private final KeyTable searching;

  HomeView(Navigator app, String notice, HomeSettings settings) {
    this.app = app;
    this.settings = settings; // before the key table, which refers to it
    this.keys = table();
    this.notice = notice == null ? "" : notice;
    this.drill = new DrillPreview(app);
    this.choices = new HomeChoices(app.ctx());
    this.searching =
        choices.picker.keys(this::start, (k, op) -> move(op == Op.UP ? -1 : 1), () -> pick = 0);
    setMode(settings.mode); // as the user left it before the last round
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
        .row("t", "timing", settings::toggleTiming)
        .chars("t")
        .row("a", "rate yourself", settings::toggleSelfRate)
        .brief("rating")
        .chars("a")
        .row("p", "principles", settings::nextPrinciples)
        .chars("p")
        .row("r", "review", () -> app.show(new ReviewListView(app, true)))
        .chars("r")
        .row("q", "quit", app::quit)
        .chars("q");
  }

  private void move(int d) {
    if (inList && hasList()) {
      int n = choices.items(mode == 2, settings.level, Integer.MAX_VALUE / 2).size();
      pick = n == 0 ? 0 : Math.max(0, Math.min(n - 1, pick + d));
    } else {
      setLevel(d < 0 ? Level.L6 : Level.L7);
    }
  }

  private void setLevel(Level l) {
    settings.level = l;
    pick = 0;
  }

  private void setMode(int m) {
    mode = m;
    settings.mode = m;
    pick = 0;
    inList = hasList();
  }

  private boolean hasList() {
    return mode == 2 || mode == 3;
  }

  private void start() {
    Level level = settings.level;
    RoundSettings round = settings.round(choices.hasPrinciples(level));
    PlanRequest req =
        mode == DRILL
            ? drill.request(level, round)
            : choices.request(level, mode, pick, round, app.ctx().clock().instant().toEpochMilli());
    if (req != null) {
      settings.rememberLevel();
      app.practice().startLoop(req);
    }
  }

  @Override
  public void draw(Canvas c) {
    Theme t = c.theme;
    c.fill(0, 1, t.bar);
    c.text(
        0,
        0,
        Canvas.ellipsize(" mockloop · practise Amazon L6/L7 technical interview rounds", c.width()),
        t.bar);
    int end = Footer.draw(c, keys());
    boolean list = hasList() || mode == DRILL;
    // a short screen with a list to show gives the level one line, without what it rewards; so
    // does any screen where the levels with their rewards would reach the settings lines
    List<List<Span>> lines = HomeLayout.top(t, settings.level, inList, mode, false, c.width() - 2);
    if ((list && c.height() < COMPACT_BELOW) || 2 + lines.size() + (list ? 3 : 0) > end - 4) {
      lines = HomeLayout.top(t, settings.level, inList, mode, true, c.width() - 2);
    }
    drawParas(c, lines, 2, end);
  }

  /**
   * The level and mode {@code lines} from {@code row}, the list or drill plan, the settings above
   * {@code end}.
   */
  private void drawParas(Canvas c, List<List<Span>> lines, int row, int end) {
    Theme t = c.theme;
    int r = row;
    for (List<Span> l : lines) {
      c.spans(1, r++, l);
    }
    r++;
    int bottom = end - 5;
    if (hasList()) {
      r = choices.drawList(c, mode == 2, settings.level, pick, inList, r, bottom);
    }
    if (mode == DRILL) {
      drill.draw(c, settings.level, r, bottom);
    }
    c.text(1, end - 4, settings.timingLine(c.width() - 2), t.normal);
    c.text(
        1,
        end - 3,
        choices.principles(settings.level, settings.principles(), c.width() - 2),
        t.normal);
    if (!notice.isEmpty()) {
      // two lines at most: a longer notice is cut with "…" at the end of its second line
      var note = dev.mockloop.report.Wrap.lines(notice, c.width() - 2, Glyphs::columns, true);
      c.text(1, end - 2, notice.substring(note.get(0).start(), note.get(0).end()), t.warn);
      if (note.size() > 1) {
        String rest = notice.substring(note.get(1).start()).replace('\n', ' ');
        c.text(1, end - 1, Canvas.ellipsize(rest, c.width() - 2), t.warn);
      }
    }
  }
}
