package dev.mockloop.cli;

import dev.mockloop.bank.Bank;
import dev.mockloop.bank.FollowUp;
import dev.mockloop.bank.Level;
import dev.mockloop.bank.LevelSpec;
import dev.mockloop.bank.Problem;
import dev.mockloop.bank.Scenario;
import dev.mockloop.scoring.Evidence;
import dev.mockloop.scoring.PointResult;
import dev.mockloop.scoring.Said;
import dev.mockloop.scoring.Scorer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Warns about rubric points a candidate could earn by reading the question back: the scorer runs
 * the prompt and context (or the follow-up question) as if it were an answer, with nothing marked
 * as restated, and every point that text covers gets a warning at the point's line. Likewise a
 * {@code when_said} phrase that the level's prompt or context says gets a warning at its
 * follow-up's line: the question itself would trigger that dive-deep probe.
 */
final class EchoCheck {
  private EchoCheck() {}

  static List<Problem> problems(Bank bank) {
    Scorer scorer = new Scorer(bank.glossary());
    List<Problem> out = new ArrayList<>();
    for (Scenario s : bank.scenarios()) {
      List<String> lines = lines(s.file());
      for (var e : s.levels().entrySet()) {
        Level level = e.getKey();
        LevelSpec spec = e.getValue();
        report(out, s, lines, level, null, scorer.restatable(s, level, null));
        reportSaid(out, s, lines, level, scorer.saidByQuestion(s, level));
        for (FollowUp f : spec.followUps()) {
          report(out, s, lines, level, f, scorer.restatable(s, level, f));
        }
      }
    }
    return out;
  }

  private static void report(
      List<Problem> out,
      Scenario s,
      List<String> lines,
      Level level,
      FollowUp f,
      List<PointResult> covered) {
    for (PointResult p : covered) {
      String words =
          p.evidence().stream()
              .map(Evidence::text)
              .distinct()
              .map(t -> "'" + t + "'")
              .collect(Collectors.joining(", "));
      int line = lineOf(lines, p.id());
      out.add(
          Problem.warning(
              s.file(),
              line,
              line > 0 ? column(lines.get(line - 1)) : 0,
              "point '"
                  + p.id()
                  + "' of "
                  + s.id()
                  + " "
                  + level
                  + (f == null ? "" : " follow-up '" + f.id() + "'")
                  + " is covered by restating the "
                  + (f == null ? "prompt and context" : "question")
                  + " ("
                  + words
                  + "); make its phrases say something the question does not"));
    }
  }

  private static void reportSaid(
      List<Problem> out, Scenario s, List<String> lines, Level level, List<Said> said) {
    for (Said w : said) {
      int line = lineOf(lines, w.followUp(), lines.indexOf("  " + level.name() + ":") + 1);
      out.add(
          Problem.warning(
              s.file(),
              line,
              line > 0 ? column(lines.get(line - 1)) : 0,
              "follow-up '"
                  + w.followUp()
                  + "' of "
                  + s.id()
                  + " "
                  + level
                  + " has a when_said phrase that the prompt or context says ('"
                  + w.evidence().text()
                  + "'), so restating the question would trigger it; use phrases only an"
                  + " answer would say"));
    }
  }

  private static List<String> lines(String file) {
    try {
      return file == null || file.isEmpty() || !Files.isRegularFile(Path.of(file))
          ? List.of()
          : Files.readAllLines(Path.of(file));
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
  }

  private static int lineOf(List<String> lines, String id) {
    return lineOf(lines, id, 0);
  }

  /** The line (from 1) of {@code id}'s entry at or after line {@code from}; 0 when none. */
  private static int lineOf(List<String> lines, String id, int from) {
    for (int i = Math.max(0, from - 1); i < lines.size(); i++) {
      String t = lines.get(i).strip();
      if (t.equals("- id: " + id) || t.equals("id: " + id)) {
        return i + 1;
      }
    }
    return from > 0 ? lineOf(lines, id, 0) : 0;
  }

  private static int column(String line) {
    return line.indexOf("id:") + 1;
  }
}
