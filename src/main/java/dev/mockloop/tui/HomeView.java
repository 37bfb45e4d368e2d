package dev.mockloop.tui;

import com.googlecode.lanterna.input.KeyStroke;
import dev.mockloop.bank.Level;
import dev.mockloop.bank.Scenario;
import dev.mockloop.engine.Attempt;
import dev.mockloop.engine.PlanRequest;
import dev.mockloop.engine.RoundSettings;
import dev.mockloop.io.Plural;
import dev.mockloop.session.SessionException;
import dev.mockloop.session.SessionIndex;
import dev.mockloop.session.UserState;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The home screen: level (with what it rewards), mode (single round, loop of 4, pick a scenario
 * with its last score and date, by topic), timing, then Enter starts. Keyboard only; every shortcut is on screen.
 */
final class HomeView implements View {
  static final String[] MODES = {"single round", "full loop of 4", "pick a scenario", "by topic",
    "drill"};
  private static final int DRILL = 4;
  /** A full loop: a real Amazon loop has 4-6 interviews. */
  private static final int LOOP = 4;
  /** Screens shorter than this show the level on one line when a list needs the rows. */
  private static final int COMPACT_BELOW = 24;

  private final App app;
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
  private ScenarioRows rows;

  HomeView(App app, String notice) {
    this.app = app;
    this.notice = notice == null ? "" : notice;
    this.untimed = app.ctx.defaults().untimed();
    this.lp = Math.max(app.ctx.defaults().lp(), app.ctx.defaults().lp() == RoundSettings.LP_AUTO
        ? 1 : 0);
    this.level = new UserState(app.ctx.store().dir()).lastLevel().orElse(Level.L6);
    this.selfRate = new UserState(app.ctx.store().dir()).selfRate();
    this.drill = new DrillPreview(app);
  }

  @Override
  public void key(KeyStroke k, Op op) {
    switch (op) {
      case ENTER -> start();
      case UP -> move(-1);
      case DOWN -> move(1);
      case LEFT -> setMode((mode + MODES.length - 1) % MODES.length);
      case RIGHT -> setMode((mode + 1) % MODES.length);
      case TAB -> inList = hasList() && !inList;
      case CHAR -> typed(Character.toLowerCase(k.getCharacter()));
      default -> { }
    }
  }

  private void typed(char c) {
    if (c == '6' || c == '7') {
      setLevel(c == '6' ? Level.L6 : Level.L7);
    } else if (c == 'r') {
      app.show(ReviewHook.browser(app, true));
    } else if (c >= '1' && c < '1' + MODES.length) {
      setMode(c - '1');
    } else if (c == 't') {
      untimed = !untimed;
    } else if (c == 'p') {
      lp = (lp + 1) % (RoundSettings.MAX_LP + 1);
      lpChosen = true;
    } else if (c == 'a') {
      selfRate = !selfRate;
      new UserState(app.ctx.store().dir()).rememberSelfRate(selfRate);
    } else if (c == 's') {
      start();
    } else if (c == 'q') {
      app.quit();
    }
  }

  private void move(int d) {
    if (inList && hasList()) {
      int n = listItems().size();
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

  private List<Scenario> scenarios() {
    return app.ctx.bank().scenarios().stream().filter(s -> s.level(level) != null).toList();
  }

  private boolean hasPrinciples() {
    return scenarios().stream().anyMatch(Scenario::behavioral);
  }

  private List<String> topics() {
    return scenarios().stream().map(Scenario::topic).distinct().sorted().toList();
  }

  private List<String> listItems() {
    return listItems(Integer.MAX_VALUE / 2);
  }

  private List<String> listItems(int width) {
    if (mode == 2) {
      return rows().rows(scenarios(), level, width);
    }
    return topics().stream().map(t -> Canvas.ellipsize(t + "  (" + Plural.of(scenarios().stream()
        .filter(s -> s.topic().equals(t)).count(), "scenario") + ")", width)).toList();
  }

  /** The picker's rows, with the last score per scenario from the session index (read once). */
  private ScenarioRows rows() {
    if (rows == null) {
      List<Attempt> attempts;
      try {
        attempts = SessionIndex.load(app.ctx.store()).attempts();
      } catch (SessionException e) {
        attempts = List.of();
      }
      rows = new ScenarioRows(attempts, ZoneId.systemDefault());
    }
    return rows;
  }

  private void start() {
    RoundSettings d = app.ctx.defaults();
    int asked = !hasPrinciples() ? 0 : lpChosen ? lp : d.lp();
    RoundSettings settings = new RoundSettings(d.maxFollowUps(), d.minutesOverride(), untimed,
        asked, d.lpOnly());
    long seed = app.ctx.clock().instant().toEpochMilli();
    int available = scenarios().size();
    PlanRequest req;
    if (mode == 2 && available > 0) {
      String id = scenarios().get(Math.min(pick, available - 1)).id();
      req = new PlanRequest(level, List.of(), List.of(id), 1, seed, settings);
    } else if (mode == 3 && !topics().isEmpty()) {
      String topic = topics().get(Math.min(pick, topics().size() - 1));
      long inTopic = scenarios().stream().filter(s -> s.topic().equals(topic)).count();
      req = new PlanRequest(level, List.of(topic), List.of(), (int) Math.min(LOOP, inTopic), seed,
          settings);
    } else if (mode == DRILL) {
      req = drill.request(level, settings);
      if (req == null) {
        return;
      }
    } else {
      int rounds = mode == 1 ? Math.max(1, Math.min(LOOP, available)) : 1;
      req = new PlanRequest(level, List.of(), List.of(), rounds, seed, settings);
    }
    new UserState(app.ctx.store().dir()).rememberLevel(level);
    app.practice.startLoop(req);
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
        p.add(List.of(mark, new Span(l.name(), s),
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
    drawParas(c, p, 2);
  }

  private void drawParas(Canvas c, List<List<Span>> p, int row) {
    Theme t = c.theme;
    List<List<Span>> lines = Styled.wrapAll(p, c.width() - 2);
    int r = row;
    for (List<Span> l : lines) {
      c.spans(1, r++, l);
    }
    r++;
    int bottom = c.height() - 6;
    if (hasList()) {
      c.text(1, r++, (mode == 2 ? "Scenario" : "Topic") + "   ↑↓ choose, Tab to "
          + (inList ? "level" : "list"), t.heading);
      List<String> items = listItems(c.width() - 5);
      int rows = Math.max(1, bottom - r);
      int top = Math.max(0, Math.min(pick - rows / 2, items.size() - rows));
      for (int i = top; i < items.size() && r < bottom; i++) {
        boolean sel = i == pick;
        c.text(1, r, sel ? " ▶ " : "   ", t.key);
        c.text(4, r++, items.get(i), sel && inList ? t.selected : t.normal);
      }
      if (items.isEmpty()) {
        c.text(4, r++, "(no scenario at " + level + ")", t.dim);
      }
    }
    if (mode == DRILL) {
      drill.draw(c, level, r, bottom);
    }
    c.text(1, c.height() - 5, Canvas.ellipsize("Timing  " + (untimed ? "untimed practice" : "timed,"
        + " like the interview") + " (t)   Rate yourself  " + (selfRate ? "on" : "off") + " (a)",
        c.width() - 2), t.normal);
    c.text(1, c.height() - 4, "Leadership Principles  " + (!hasPrinciples()
        ? "none in this bank at " + level : lp == 0 ? "none, technical only"
        : lp + " question" + (lp == 1 ? "" : "s") + " before each technical one")
        + (hasPrinciples() ? "   (p to change)" : ""), t.normal);
    if (!notice.isEmpty()) {
      List<List<Span>> note = Styled.wrap(Styled.para(notice, t.warn), c.width() - 2);
      for (int i = 0; i < Math.min(2, note.size()); i++) {
        c.spans(1, c.height() - 3 + i, note.get(i));
      }
    }
    // "a" (rate yourself) is shown on its own line above, so the footer keeps room for review
    RoundChrome.footer(c, "Enter start  ↑↓ choose  ←→ mode  Tab level/list  t timing  p principles"
        + "  r review  q quit");
  }
}
