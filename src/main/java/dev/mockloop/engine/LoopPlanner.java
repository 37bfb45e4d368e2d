package dev.mockloop.engine;

import dev.mockloop.bank.Bank;
import dev.mockloop.bank.Scenario;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Plans a loop from a bank: the named scenarios first (in the order given), then scenarios drawn
 * at random (seeded) from those matching the level and topics, never one twice.
 */
public final class LoopPlanner {
  private LoopPlanner() {}

  public static LoopPlan plan(Bank bank, PlanRequest req) {
    List<Scenario> chosen = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (String id : req.scenarioIds()) {
      Scenario s =
          bank.find(id)
              .orElseThrow(() -> new PlanException("no scenario '" + id + "' in the bank ("
                  + bank.source() + ")" + dev.mockloop.bank.Suggest.didYouMean(id,
                      bank.scenarios().stream().map(Scenario::id).toList())
                  + "; `mockloop questions list` shows the ids"));
      if (s.level(req.level()) == null) {
        throw new PlanException("scenario '" + id + "' has no " + req.level()
            + " version; it has " + s.levelSet() + "; choose another --level");
      }
      if (!seen.add(id)) {
        throw new PlanException("scenario '" + id + "' is listed twice; a loop asks each once");
      }
      chosen.add(s);
    }
    int wanted = req.rounds() == 0 ? Math.max(1, chosen.size()) : req.rounds();
    if (wanted < chosen.size()) {
      throw new PlanException(Plural.of(chosen.size(), "scenario") + " named but only "
          + Plural.of(wanted, "round") + " asked; drop --rounds or name fewer scenarios");
    }
    List<Scenario> pool = new ArrayList<>(candidates(bank, req));
    pool.removeIf(s -> seen.contains(s.id()));
    Collections.shuffle(pool, new Random(req.seed()));
    int missing = wanted - chosen.size();
    if (missing > pool.size()) {
      throw new PlanException("only " + Plural.of(chosen.size() + pool.size(), "scenario")
          + (chosen.size() + pool.size() == 1 ? " matches " : " match ")
          + describe(req) + " but " + Plural.of(wanted, "round") + (wanted == 1 ? " was" : " were") + " asked; ask for fewer rounds"
          + (req.topics().isEmpty() ? "" : " or more topics"));
    }
    chosen.addAll(pool.subList(0, missing));
    return new LoopPlan(req.level(), chosen, req.settings(), req.seed());
  }

  /** Scenarios that have the level and match the topics (all when no topic is given). */
  public static List<Scenario> candidates(Bank bank, PlanRequest req) {
    Set<String> topics = new LinkedHashSet<>();
    req.topics().forEach(t -> topics.add(t.toLowerCase(Locale.ROOT)));
    return bank.scenarios().stream()
        .filter(s -> s.level(req.level()) != null)
        .filter(s -> topics.isEmpty() || topics.contains(s.topic().toLowerCase(Locale.ROOT)))
        .toList();
  }

  private static String describe(PlanRequest req) {
    return req.level() + (req.topics().isEmpty() ? "" : (req.topics().size() == 1 ? " and topic " : " and topics ")
        + String.join(", ", req.topics()));
  }
}
