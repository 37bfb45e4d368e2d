package dev.mockloop.engine;

import dev.mockloop.bank.Bank;
import dev.mockloop.bank.Listing;
import dev.mockloop.bank.Scenario;
import dev.mockloop.io.Plural;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Plans a loop from a bank: the named scenarios first (in the order given), then scenarios drawn at
 * random (seeded) from those matching the level and topics, never one twice. Each technical
 * scenario is preceded by its Leadership Principle questions (as a real interviewer opens with
 * them), drawn so that no principle repeats in the loop ({@link PrinciplePicker}).
 */
public final class LoopPlanner {
  private LoopPlanner() {}

  public static LoopPlan plan(Bank bank, PlanRequest req) {
    // loops, not streams and lambdas: a round given on the command line is planned before its
    // first frame, where each lambda's first call cost a few tenths of a millisecond
    ScenarioPool.checkTopics(bank, req.topics());
    Set<String> seen = new LinkedHashSet<>();
    List<Scenario> asked = new ArrayList<>();
    for (String id : req.scenarioIds()) {
      asked.add(ScenarioPool.named(bank, req, id, seen));
    }
    if (req.rounds() == PlanRequest.AS_NAMED) {
      return new LoopPlan(req.level(), List.copyOf(asked), req.settings(), req.seed());
    }
    List<Scenario> design = new ArrayList<>();
    List<Scenario> named = new ArrayList<>();
    for (Scenario s : asked) {
      (s.behavioral() ? named : design).add(s);
    }
    RoundSettings settings = req.settings();
    // the draws go over the listing's entries (the same order and shuffle as the scenarios'), so a
    // bank read from a snapshot decodes only the scenarios the plan takes
    List<Listing.Entry> candidates = ScenarioPool.candidateEntries(bank, req);
    boolean lpOnly = ScenarioPool.principlesOnlyOf(req, candidates);
    List<Listing.Entry> pool = new ArrayList<>();
    for (Listing.Entry s : candidates) {
      if (!seen.contains(s.id()) && s.behavioral() == lpOnly) {
        pool.add(s);
      }
    }
    Collections.shuffle(pool, new Random(req.seed()));
    List<Scenario> main = lpOnly ? named : design;
    int wanted =
        req.rounds() == 0 ? Math.max(lpOnly || named.isEmpty() ? 1 : 0, main.size()) : req.rounds();
    if (wanted < main.size()) {
      throw new PlanException(
          Plural.of(main.size(), "scenario")
              + " named but only "
              + Plural.of(wanted, "round")
              + " asked; drop --rounds or name fewer scenarios");
    }
    int missing = wanted - main.size();
    if (missing > pool.size()) {
      int have = main.size() + pool.size();
      throw new PlanException(
          "only "
              + Plural.of(have, lpOnly ? "principle question" : "scenario")
              + (have == 1 ? " matches " : " match ")
              + ScenarioPool.describe(req)
              + " but "
              + Plural.of(wanted, "round")
              + (wanted == 1 ? " was" : " were")
              + " asked; ask for fewer rounds"
              + (req.topics().isEmpty() ? "" : " or more topics"));
    }
    if (lpOnly && !design.isEmpty()) {
      throw new PlanException(
          "'"
              + design.get(0).id()
              + "' is a technical scenario, but the loop"
              + " asks principle questions only; drop it or --lp-only");
    }
    if (lpOnly) {
      main.addAll(scenarios(bank, PrinciplePicker.spread(pool, missing, principles(main))));
      return new LoopPlan(req.level(), main, settings.withLp(settings.lp(), true), req.seed());
    }
    int lp = lpPerRound(bank, req, named);
    design.addAll(scenarios(bank, pool.subList(0, missing)));
    List<Listing.Entry> lpPool = new ArrayList<>();
    for (Listing.Entry s : bank.entries()) {
      if (s.behavioral() && s.minutes().containsKey(req.level()) && !seen.contains(s.id())) {
        lpPool.add(s);
      }
    }
    Collections.shuffle(lpPool, new Random(req.seed() + 1));
    int lpWanted = Math.max(0, design.size() * lp - named.size());
    List<Scenario> lpQuestions = new ArrayList<>(named);
    lpQuestions.addAll(
        scenarios(bank, PrinciplePicker.spread(lpPool, lpWanted, principles(named))));
    int per =
        design.isEmpty()
            ? 0
            : Math.max(lp, (lpQuestions.size() + design.size() - 1) / design.size());
    return new LoopPlan(req.level(), interleave(design, lpQuestions, per), settings, req.seed());
  }

  /** The scenarios of these entries, in their order. */
  private static List<Scenario> scenarios(Bank bank, List<Listing.Entry> entries) {
    List<Scenario> out = new ArrayList<>(entries.size());
    for (Listing.Entry e : entries) {
      out.add(bank.find(e.id()).orElseThrow());
    }
    return out;
  }

  /** Principle questions per technical scenario: --lp, else 1 unless scenarios were named. */
  private static int lpPerRound(Bank bank, PlanRequest req, List<Scenario> named) {
    int lp = req.settings().lp();
    boolean any = ScenarioPool.hasPrinciples(bank, req.level());
    if (lp == RoundSettings.LP_AUTO) {
      return any && req.scenarioIds().isEmpty() ? 1 : 0;
    }
    if (lp > 0 && !any && named.isEmpty()) {
      throw new PlanException(
          "the bank ("
              + bank.source()
              + ") has no Leadership Principle"
              + " question at "
              + req.level()
              + "; use --lp 0");
    }
    return lp;
  }

  /** Each technical scenario after its {@code lp} principle questions; extra ones at the end. */
  private static List<Scenario> interleave(List<Scenario> design, List<Scenario> lp, int per) {
    List<Scenario> out = new ArrayList<>();
    int next = 0;
    for (Scenario d : design) {
      for (int k = 0; k < per && next < lp.size(); k++) {
        out.add(lp.get(next++));
      }
      out.add(d);
    }
    out.addAll(lp.subList(next, lp.size()));
    return out;
  }

  private static Set<String> principles(List<Scenario> questions) {
    Set<String> out = new LinkedHashSet<>();
    for (Scenario s : questions) {
      out.add(s.principle());
    }
    return out;
  }
}
