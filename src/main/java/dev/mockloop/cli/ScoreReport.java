package dev.mockloop.cli;

import dev.mockloop.io.Plural;
import dev.mockloop.io.SafeText;
import dev.mockloop.scoring.DimensionScore;
import dev.mockloop.scoring.Evidence;
import dev.mockloop.scoring.Flag;
import dev.mockloop.scoring.LevelRead;
import dev.mockloop.scoring.PointResult;
import dev.mockloop.scoring.ScoreCard;
import dev.mockloop.scoring.Signals;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The readable score report: total, a bar per dimension, covered points with the words that
 * matched, missed points with hints (and negated mentions), flags, the level read and signals.
 * With colour off it uses plain ASCII ({@code #} and {@code .} bars, no escape codes).
 */
final class ScoreReport {
  private static final int BAR = 20;
  private final boolean color;
  private final StringBuilder out = new StringBuilder();

  private ScoreReport(boolean color) {
    this.color = color;
  }

  static String render(ScoreTarget target, ScoreCard card, boolean color) {
    return new ScoreReport(color).build(target, card);
  }

  private String build(ScoreTarget target, ScoreCard card) {
    String what = safe(target.scenario().id()) + " (" + target.level()
        + (target.followUp() == null ? "" : ", follow-up " + safe(target.followUp().id())) + ")";
    line(bold(what + ": " + card.score() + "/100") + "  (grade band "
        + dev.mockloop.scoring.GradeBand.of(card.score()) + ")");
    section("Dimensions");
    int width = card.dimensions().stream().mapToInt(d -> d.dimension().length()).max().orElse(0);
    for (DimensionScore d : card.dimensions()) {
      line(String.format("  %-" + width + "s  %s  %d/%d", safe(d.dimension()), bar(d.ratio()),
          d.earned(), d.possible()));
    }
    section("Covered (" + card.covered().size() + " of " + card.points().size() + ")");
    for (PointResult p : card.covered()) {
      line("  " + paint("32", color ? "\u2714" : "+") + " " + safe(p.id()) + " [" + p.weight()
          + "] " + safe(p.point()));
      line("      matched: " + quotes(p.evidence()));
      if (p.listed()) {
        line("      named only in a list of terms, so a third of the credit: say how it applies");
      }
    }
    section("Missed (" + card.missed().size() + ")");
    for (PointResult p : card.missed()) {
      line("  " + paint("31", color ? "\u2718" : "-") + " " + safe(p.id()) + " [" + p.weight()
          + "] " + safe(p.point()));
      if (!p.negated().isEmpty()) {
        line("      negated or dismissed, so not counted: " + quotes(p.negated()));
      }
      if (!p.echoed().isEmpty()) {
        line("      only restates the question, so not counted: " + quotes(p.echoed()));
      }
      if (!p.hint().isEmpty()) {
        line("      hint: " + safe(p.hint()));
      }
    }
    if (!card.flags().isEmpty()) {
      section("Flags");
      for (Flag f : card.flags()) {
        line("  " + paint("33", "!") + " " + f.code() + ": " + f.message());
      }
    }
    levelRead(card.levelRead());
    signals(card.signals());
    return out.toString();
  }

  private void levelRead(LevelRead r) {
    if (r == null) {
      return;
    }
    section("Level");
    line("  " + r.verdict());
    if (!r.advice().isEmpty()) {
      line("  " + r.adviceHeading());
      r.advice().forEach(m -> line("    - " + safe(m)));
    }
  }

  private void signals(Signals s) {
    section("Signals");
    line("  " + Plural.of(s.words(), "word") + ", " + Plural.of(s.sentences(), "sentence")
        + ", decision: "
        + (s.decision() ? "yes" : "no") + ", structure: "
        + (s.structure().isEmpty() ? "none" : String.join(", ", s.structure())));
    line("  numbers: " + listOrNone(s.quantifiedFacts()));
    line("  trade-offs: " + listOrNone(s.tradeOffs()));
  }

  private static String listOrNone(List<String> items) {
    return items.isEmpty() ? "none" : String.join(", ", items);
  }

  private static String quotes(List<Evidence> spans) {
    return spans.stream().map(e -> "\"" + safe(e.text()).replaceAll("\\s+", " ") + "\""
        + (e.text().equalsIgnoreCase(e.phrase()) ? "" : " (" + safe(e.phrase()) + ")"))
        .collect(Collectors.joining(", "));
  }

  private String bar(double ratio) {
    int filled = (int) Math.round(ratio * BAR);
    String on = color ? "\u2588" : "#";
    String off = color ? "\u2591" : ".";
    return paint("36", on.repeat(filled)) + off.repeat(BAR - filled);
  }

  private void section(String title) {
    out.append(System.lineSeparator());
    line(bold(title));
  }

  private void line(String text) {
    out.append(text).append(System.lineSeparator());
  }

  /** Bank and answer text: plain, so only this report's own colours reach the terminal. */
  private static String safe(String foreign) {
    return SafeText.line(foreign);
  }

  private String bold(String text) {
    return paint("1", text);
  }

  private String paint(String code, String text) {
    return color && !text.isEmpty() ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
  }
}
