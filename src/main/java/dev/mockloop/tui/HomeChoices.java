package dev.mockloop.tui;

import dev.mockloop.bank.Level;
import dev.mockloop.bank.Listing;
import dev.mockloop.engine.Attempt;
import dev.mockloop.engine.PlanRequest;
import dev.mockloop.engine.RoundSettings;
import dev.mockloop.io.Plural;
import dev.mockloop.session.SessionException;
import dev.mockloop.session.SessionIndex;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the home screen offers from the bank at a level: its scenarios (with the last score of each,
 * read once from the session index), its topics, and the loop a mode and pick start. All of it
 * comes from the bank's {@link Listing}, so the home screen does not wait for the whole bank.
 */
final class HomeChoices {
  /** A full loop: a real Amazon loop has 4-6 interviews. */
  private static final int LOOP = 4;

  private final TuiContext ctx;
  private ScenarioRows rows;

  /** The sorted scenarios of each level, made once (every redraw asks for them, per topic too). */
  private final Map<Level, List<Listing.Entry>> byLevel = new EnumMap<>(Level.class);

  /** The scenario list's order and search. */
  final ScenarioPicker picker = new ScenarioPicker();

  HomeChoices(TuiContext ctx) {
    this.ctx = ctx;
  }

  /**
   * The scenarios at {@code level} by topic then title, from the bank's listing (the home screen
   * needs no more).
   */
  List<Listing.Entry> scenarios(Level level) {
    return byLevel.computeIfAbsent(
        level,
        l ->
            ctx.listing().entries().stream()
                .filter(e -> e.minutes().containsKey(l))
                .sorted(ScenarioPicker.ORDER)
                .toList());
  }

  /** The scenarios the picker lists: those the search leaves. */
  List<Listing.Entry> picks(Level level) {
    return picker.visible(scenarios(level));
  }

  boolean hasPrinciples(Level level) {
    return scenarios(level).stream().anyMatch(Listing.Entry::behavioral);
  }

  List<String> topics(Level level) {
    return scenarios(level).stream().map(Listing.Entry::topic).distinct().sorted().toList();
  }

  /** The picker's rows ({@code scenarios}) or the topics with their counts, cut to width. */
  List<String> items(boolean scenarios, Level level, int width) {
    if (scenarios) {
      return rows().rows(picks(level), level, width);
    }
    return topics(level).stream()
        .map(
            t ->
                Canvas.ellipsize(
                    t
                        + "  ("
                        + Plural.of(
                            scenarios(level).stream().filter(s -> s.topic().equals(t)).count(),
                            "scenario")
                        + ")",
                    width))
        .toList();
  }

  /**
   * Draws the scenario picker ({@code scenarios}) or the topics from {@code row}, scrolled so that
   * {@code pick} shows, above {@code bottom}; returns the next free row.
   */
  int drawList(
      Canvas c, boolean scenarios, Level level, int pick, boolean inList, int row, int bottom) {
    Theme t = c.theme;
    int r = row;
    List<String> items = items(scenarios, level, c.width() - 5);
    String heading =
        scenarios
            ? picker.heading(inList, items.size(), scenarios(level).size())
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
      String none = picker.filtered() ? "matches the search" : "at " + level;
      c.text(4, r++, "(no scenario " + none + ")", t.dim);
    }
    return r;
  }

  private ScenarioRows rows() {
    if (rows == null) {
      List<Attempt> attempts;
      try {
        attempts = SessionIndex.load(ctx.store()).attempts();
      } catch (SessionException e) {
        attempts = List.of();
      }
      rows = new ScenarioRows(attempts, ZoneId.systemDefault());
    }
    return rows;
  }

  /**
   * The Leadership Principles setting as the home screen says it in {@code width} columns: the
   * longest of its forms that fits ("(p to change)", "(p)", "2 before each technical one").
   */
  String principles(Level level, int lp, int width) {
    String head = "Leadership Principles  ";
    if (!hasPrinciples(level)) {
      return HomeLayout.firstFit(width, head + "none in this bank at " + level);
    }
    String said = lp == 0 ? "none, technical only" : Plural.of(lp, "question") + " before each";
    String brief = lp == 0 ? "none" : lp + " before each";
    String rest = lp == 0 ? "" : " technical one";
    return HomeLayout.firstFit(
        width,
        head + said + rest + "   (p to change)",
        head + said + rest + " (p)",
        head + brief + rest + " (p)");
  }

  /**
   * The loop of a mode (0 single, 1 full loop, 2 the picked scenario, 3 the picked topic); null
   * when a search left no scenario to pick.
   */
  PlanRequest request(Level level, int mode, int pick, RoundSettings settings, long seed) {
    List<Listing.Entry> all = scenarios(level);
    List<String> topics = topics(level);
    List<Listing.Entry> picks = picks(level);
    if (mode == 2 && picks.isEmpty() && picker.filtered()) {
      return null; // the search matches nothing: nothing to start
    }
    if (mode == 2 && !picks.isEmpty()) {
      String id = picks.get(Math.min(pick, picks.size() - 1)).id();
      return new PlanRequest(level, List.of(), List.of(id), 1, seed, settings);
    }
    if (mode == 3 && !topics.isEmpty()) {
      String topic = topics.get(Math.min(pick, topics.size() - 1));
      long inTopic = all.stream().filter(s -> s.topic().equals(topic)).count();
      return new PlanRequest(
          level, List.of(topic), List.of(), (int) Math.min(LOOP, inTopic), seed, settings);
    }
    int rounds = mode == 1 ? Math.max(1, Math.min(LOOP, all.size())) : 1;
    return new PlanRequest(level, List.of(), List.of(), rounds, seed, settings);
  }
}
