package dev.mockloop.tui;

import dev.mockloop.bank.Level;
import dev.mockloop.engine.PlanRequest;
import dev.mockloop.engine.RoundSettings;
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
  private final HomeSettings settings;
  private int mode;
  private int pick;
  private boolean inList;
  private final HomeChoices choices;

  /** The keys while a scenario search is typed. */
  private final KeyTable searching;

  HomeView(Navigator app, String notice) {
    this.app = app;
    this.settings = new HomeSettings(app.ctx()); // before the key table, which refers to it
    this.keys = table();
    this.notice = notice == null ? "" : notice;
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
    c.text(0, 0, " mockloop · practise Amazon L6/L7 technical interview rounds", t.bar);
    List<List<Span>> p = new ArrayList<>();
    // a short screen with a list to show gives the level one line, without what it rewards
    boolean compact = c.height() < COMPACT_BELOW && (hasList() || mode == DRILL);
    List<Span> oneLine = new ArrayList<>(List.of(new Span("Level   ↑↓ or 6/7 ", t.heading)));
    if (!compact) {
      p.add(Styled.para("Level   ↑↓ or 6/7", t.heading));
    }
    for (Level l : Level.values()) {
      Style s = l == settings.level ? (inList ? t.heading : t.selected) : t.normal;
      Span mark = new Span(l == settings.level ? " ▶ " : "   ", t.key);
      if (compact) {
        oneLine.addAll(List.of(mark, new Span(l.name(), s)));
      } else {
        p.add(
            List.of(
                mark,
                new Span(l.name(), s),
                new Span("  " + l.rewards(), l == settings.level ? t.normal : t.dim)));
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
      r = choices.drawList(c, mode == 2, settings.level, pick, inList, r, bottom);
    }
    if (mode == DRILL) {
      drill.draw(c, settings.level, r, bottom);
    }
    c.text(1, end - 4, settings.timingLine(c.width() - 2), t.normal);
    c.text(1, end - 3, choices.principles(settings.level, settings.principles()), t.normal);
    if (!notice.isEmpty()) {
      List<List<Span>> note = Styled.wrap(Styled.para(notice, t.warn), c.width() - 2);
      for (int i = 0; i < Math.min(2, note.size()); i++) {
        c.spans(1, end - 2 + i, note.get(i));
      }
    }
  }
}
