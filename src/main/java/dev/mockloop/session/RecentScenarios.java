package dev.mockloop.session;

import dev.mockloop.bank.Bank;
import dev.mockloop.bank.Scenario;
import dev.mockloop.engine.PlanRequest;
import dev.mockloop.engine.RoundSettings;
import dev.mockloop.engine.ScenarioPool;
import dev.mockloop.io.Plural;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Keeps a random round or loop off the scenarios practised in the last day (at any level), so a
 * single round after a loop is not a repeat. A request that names scenarios is left alone: the user
 * asked for them. When too few fresh scenarios are left, the rest are repeats and the notice says
 * so.
 */
public final class RecentScenarios {
  /** How long a practised scenario is kept out of random choices. */
  public static final Duration WINDOW = Duration.ofHours(24);

  /**
   * The request to plan and what to tell the user (empty when nothing needs saying).
   *
   * @param request the request with the fresh scenarios named, or the original one
   * @param notice why scenarios practised recently are in the loop anyway; empty otherwise
   */
  public record Choice(PlanRequest request, String notice) {}

  private RecentScenarios() {}

  /** Scenario ids of every round started within {@link #WINDOW} before {@code now}. */
  public static Set<String> practisedSince(History history, Instant now) {
    Instant since = now.minus(WINDOW);
    Set<String> out = new HashSet<>();
    for (SessionSummary s : history.sessions()) {
      if (s.startedAt().isAfter(since) || (s.endedAt() != null && s.endedAt().isAfter(since))) {
        s.rounds().forEach(r -> out.add(r.scenario()));
      }
    }
    return out;
  }

  /** As below, reading the history from {@code store}'s index; unchanged when it cannot. */
  public static Choice avoid(Bank bank, PlanRequest req, SessionStore store, Instant now) {
    if (!req.scenarioIds().isEmpty()) {
      return new Choice(req, "");
    }
    try {
      return avoid(bank, req, SessionIndex.load(store), now);
    } catch (SessionException e) {
      return new Choice(req, "");
    }
  }

  /** {@code req} with fresh scenarios named in seeded random order, when it names none. */
  public static Choice avoid(Bank bank, PlanRequest req, History history, Instant now) {
    if (!req.scenarioIds().isEmpty()) {
      return new Choice(req, "");
    }
    List<Scenario> all = ScenarioPool.candidates(bank, req);
    RoundSettings settings = req.settings();
    boolean lpOnly = ScenarioPool.principlesOnly(req, all);
    List<Scenario> candidates = all.stream().filter(s -> s.behavioral() == lpOnly).toList();
    if (settings.lp() == RoundSettings.LP_AUTO && !lpOnly) {
      // naming the scenarios would turn the planner's default of one principle question off
      settings = settings.withLp(ScenarioPool.hasPrinciples(bank, req.level()) ? 1 : 0, false);
    }
    int wanted = Math.max(1, req.rounds());
    if (candidates.size() < wanted) {
      return new Choice(req, ""); // the planner says what is wrong
    }
    Set<String> recent = practisedSince(history, now);
    List<String> fresh = new ArrayList<>();
    candidates.stream().map(Scenario::id).filter(id -> !recent.contains(id)).forEach(fresh::add);
    Collections.shuffle(fresh, new Random(req.seed()));
    List<String> ids = fresh.subList(0, Math.min(wanted, fresh.size()));
    PlanRequest out = new PlanRequest(req.level(), req.topics(), ids, wanted, req.seed(), settings);
    int repeats = wanted - ids.size();
    if (repeats == 0) {
      return new Choice(out, "");
    }
    String scope =
        req.level() + (req.topics().isEmpty() ? "" : " " + String.join(", ", req.topics()));
    String notice =
        fresh.isEmpty()
            ? "Every "
                + scope
                + " scenario was practised in the last 24 hours, so "
                + (wanted == 1 ? "this round is a repeat." : "these rounds are repeats.")
            : "Only "
                + Plural.of(fresh.size(), "fresh " + scope + " scenario")
                + " left (not practised in the last 24 hours); "
                + Plural.of(repeats, "round")
                + (repeats == 1 ? " is a repeat." : " are repeats.");
    return new Choice(out, notice);
  }
}
