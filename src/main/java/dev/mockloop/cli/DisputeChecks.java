package dev.mockloop.cli;

import dev.mockloop.bank.Bank;
import dev.mockloop.bank.FollowUp;
import dev.mockloop.bank.LevelSpec;
import dev.mockloop.bank.Scenario;
import dev.mockloop.scoring.PointCheck;
import dev.mockloop.scoring.Scorer;
import dev.mockloop.session.DisputedPoint;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * For {@code review disputes}: each disputed sentence checked against the bank as it stands now
 * ({@link PointCheck}), so an author sees whether the bank already credits it and, if not, which
 * concept group lacks the user's words. A bank that does not load leaves the list without checks.
 */
final class DisputeChecks {
  private DisputeChecks() {}

  static Map<DisputedPoint, PointCheck.Result> of(RootCommand root, List<DisputedPoint> all) {
    Map<DisputedPoint, PointCheck.Result> checks = new IdentityHashMap<>();
    if (all.isEmpty()) {
      return checks;
    }
    Bank bank;
    try {
      bank = Banks.load(root);
    } catch (UserException unreadableBank) {
      return checks; // the list is still worth printing
    }
    Scorer scorer = new Scorer(bank.glossary());
    for (DisputedPoint d : all) {
      check(scorer, bank, d).ifPresent(r -> checks.put(d, r));
    }
    return checks;
  }

  private static Optional<PointCheck.Result> check(Scorer scorer, Bank bank, DisputedPoint d) {
    Optional<Scenario> s = bank.find(d.scenario());
    LevelSpec spec = s.map(x -> x.level(d.level())).orElse(null);
    if (spec == null) {
      return Optional.empty();
    }
    FollowUp f = d.main() ? null : spec.followUp(d.question());
    if (!d.main() && f == null) {
      return Optional.empty();
    }
    return PointCheck.of(scorer, d.dispute().sentence(), s.get(), d.level(), f, d.pointId());
  }

  /** The lines shown under a disputed sentence (without indentation). */
  static List<String> describe(PointCheck.Result r) {
    if (r.credited()) {
      return List.of("now: the bank as it stands credits this sentence");
    }
    if (r.groups().isEmpty()) {
      return List.of("now: still missed (the point has only whole phrases, `any:`)");
    }
    List<String> lines = new ArrayList<>();
    lines.add("now: still missed; its concept groups in this sentence:");
    int n = 1;
    for (PointCheck.Group g : r.groups()) {
      String alts =
          String.join(", ", g.alternatives()) + (g.more() > 0 ? ", … (" + g.more() + " more)" : "");
      lines.add(n++ + ". [" + alts + "]: " + seen(g));
    }
    return lines;
  }

  /** What the sentence has of a group: its words, only words that do not count, or none. */
  private static String seen(PointCheck.Group g) {
    if (!g.found().isEmpty()) {
      return "found " + quoted(g.found());
    }
    return g.refused().isEmpty() ? "none of its words" : "only " + String.join(", ", g.refused());
  }

  private static String quoted(List<String> words) {
    return "\"" + String.join("\", \"", words) + "\"";
  }
}
