package dev.mockloop.tui;

import dev.mockloop.bank.Level;
import dev.mockloop.bank.Listing;
import dev.mockloop.engine.Attempt;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The home screen's scenario list: each title (ellipsized, never cut mid-word without "…") with its
 * topic, minutes and the last score and date at the chosen level, in aligned columns that fit the
 * width. The topic goes first when the row is too narrow for it.
 */
final class ScenarioRows {
  /** Narrower title columns than this drop the topic instead. */
  private static final int MIN_TITLE = 24;

  private final Map<String, Attempt> latest = new HashMap<>();
  private final DateTimeFormatter day;

  /**
   * @param attempts every scored attempt (any level); the latest per scenario and level wins
   */
  ScenarioRows(List<Attempt> attempts, ZoneId zone) {
    day = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH).withZone(zone);
    for (Attempt a : attempts) {
      latest.merge(a.scenario() + "|" + a.level(), a, (x, y) -> y.at().isAfter(x.at()) ? y : x);
    }
  }

  /** "last 62, 28 Nov", or "not done yet". */
  String last(Listing.Entry s, Level level) {
    Attempt a = latest.get(s.id() + "|" + level);
    return a == null ? "not done yet" : "last " + a.score() + ", " + day.format(a.at());
  }

  /** One row per scenario, each at most {@code width} columns. */
  List<String> rows(List<Listing.Entry> scenarios, Level level, int width) {
    List<String> rows = rows(scenarios, level, width, true);
    return rows != null ? rows : rows(scenarios, level, width, false);
  }

  private List<String> rows(List<Listing.Entry> scenarios, Level level, int width, boolean topic) {
    List<String> metas = new ArrayList<>();
    int metaW = 0;
    int titleW = 0;
    for (Listing.Entry s : scenarios) {
      String m =
          "  "
              + (topic ? s.topic() + " · " : "")
              + s.minutes().get(level)
              + " min · "
              + last(s, level);
      metas.add(m);
      metaW = Math.max(metaW, m.length());
      titleW = Math.max(titleW, s.title().length());
    }
    titleW = Math.min(titleW, width - metaW);
    if (topic && titleW < MIN_TITLE) {
      return null;
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < scenarios.size(); i++) {
      String title = Canvas.ellipsize(scenarios.get(i).title(), Math.max(1, titleW));
      String row = title + " ".repeat(Math.max(0, titleW - title.length())) + metas.get(i);
      out.add(Canvas.ellipsize(row, width));
    }
    return out;
  }
}
