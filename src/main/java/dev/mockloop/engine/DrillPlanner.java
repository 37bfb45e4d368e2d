package dev.mockloop.engine;

import dev.mockloop.bank.Bank;
import dev.mockloop.bank.Level;
import dev.mockloop.bank.Scenario;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Chooses what to drill by spaced repetition over the history. A practised scenario comes back
 * after an interval set by its last score (below 50: 1 day, below 70: 3, below 85: 7, else 14),
 * doubled for each further consecutive score of 70 or more (at most 90 days). A drill takes, in
 * turn, the most overdue scenario, an unpractised one (seeded shuffle), and one where the user
 * missed the points missed most (by scenario and point: ids repeat across scenarios with other
 * meanings); when those run out, the soonest due. Same history, clock and seed: same drill.
 */
public final class DrillPlanner {
  static final int WEAK_POINTS = 5;
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

  private final Clock clock;
  private final long seed;

  public DrillPlanner(Clock clock, long seed) {
    this.clock = clock;
    this.seed = seed;
  }

  /**
   * @param topics only scenarios of these topics; empty for all
   * @param history every scored attempt, any level (others are ignored)
   * @param rounds how many scenarios to pick, at most the number available
   */
  public DrillPlan plan(
      Bank bank, Level level, List<String> topics, List<Attempt> history, int rounds) {
    ScenarioPool.checkTopics(bank, topics);
    Instant now = clock.instant();
    List<Scenario> candidates =
        ScenarioPool.candidates(bank, new PlanRequest(level, topics, List.of(), 0, seed, null));
    Map<String, List<Attempt>> byScenario = new HashMap<>();
    history.stream()
        .filter(a -> a.level() == level && !a.at().isAfter(now))
        .sorted(Comparator.comparing(Attempt::at))
        .forEach(a -> byScenario.computeIfAbsent(a.scenario(), k -> new ArrayList<>()).add(a));
    Map<WeakSpots.Spot, Integer> weak = WeakSpots.top(byScenario, WEAK_POINTS);

    List<DrillPick> due = new ArrayList<>();
    List<DrillPick> ahead = new ArrayList<>();
    List<DrillPick> fresh = new ArrayList<>();
    List<DrillPick> weakPicks = new ArrayList<>();
    Map<String, Double> urgency = new HashMap<>();
    for (Scenario s : candidates) {
      List<Attempt> past = byScenario.get(s.id());
      String weakWhy = WeakSpots.reason(s.id(), s.level(level), weak);
      boolean rested =
          past == null
              || Duration.between(past.get(past.size() - 1).at(), now).compareTo(Duration.ofDays(1))
                  >= 0;
      if (!weakWhy.isEmpty() && rested) {
        weakPicks.add(new DrillPick(s, DrillPick.Kind.WEAK, "weak spot: asks " + weakWhy));
      }
      if (past == null) {
        fresh.add(new DrillPick(s, DrillPick.Kind.NEW, "new: not practised yet at " + level));
        continue;
      }
      Attempt last = past.get(past.size() - 1);
      Duration interval = interval(past);
      Instant dueAt = last.at().plus(interval);
      double overdue =
          (double) Duration.between(dueAt, now).toMinutes() / Math.max(1, interval.toMinutes());
      urgency.put(s.id(), overdue);
      String scored = "scored " + last.score() + " on " + DAY.format(last.at());
      if (!dueAt.isAfter(now)) {
        due.add(
            new DrillPick(
                s, DrillPick.Kind.DUE, "due again: " + scored + ", back after " + days(interval)));
      } else {
        ahead.add(
            new DrillPick(
                s,
                DrillPick.Kind.AHEAD,
                "ahead of schedule: " + scored + ", due " + DAY.format(dueAt)));
      }
    }
    Comparator<DrillPick> mostUrgent =
        Comparator.comparingDouble((DrillPick p) -> -urgency.getOrDefault(p.scenario().id(), 0.0))
            .thenComparing(p -> p.scenario().id());
    due.sort(mostUrgent);
    ahead.sort(mostUrgent);
    Collections.shuffle(fresh, new Random(seed));
    weakPicks.sort(
        Comparator.comparingInt(
                (DrillPick p) ->
                    -WeakSpots.score(p.scenario().id(), p.scenario().level(level), weak))
            .thenComparing(mostUrgent));
    return new DrillPlan(level, interleave(rounds, List.of(due, fresh, weakPicks), ahead));
  }

  /** The wait after the last of {@code past} (oldest first) before it is due again. */
  public static Duration interval(List<Attempt> past) {
    int last = past.get(past.size() - 1).score();
    long days = last < 50 ? 1 : last < 70 ? 3 : last < 85 ? 7 : 14;
    int streak = 0;
    for (int i = past.size() - 1; i >= 0 && past.get(i).score() >= 70; i--) {
      streak++;
    }
    for (int i = 1; i < streak && days < 90; i++) {
      days *= 2;
    }
    return Duration.ofDays(Math.min(90, days));
  }

  private static List<DrillPick> interleave(
      int rounds, List<List<DrillPick>> queues, List<DrillPick> rest) {
    List<Deque<DrillPick>> qs =
        queues.stream().map(q -> (Deque<DrillPick>) new ArrayDeque<>(q)).toList();
    Set<String> taken = new LinkedHashSet<>();
    List<DrillPick> out = new ArrayList<>();
    boolean any = true;
    while (out.size() < rounds && any) {
      any = false;
      for (Deque<DrillPick> q : qs) {
        while (!q.isEmpty() && taken.contains(q.peek().scenario().id())) {
          q.poll();
        }
        if (!q.isEmpty() && out.size() < rounds) {
          DrillPick p = q.poll();
          taken.add(p.scenario().id());
          out.add(p);
          any = true;
        }
      }
    }
    for (DrillPick p : rest) {
      if (out.size() < rounds && taken.add(p.scenario().id())) {
        out.add(p);
      }
    }
    return out;
  }

  private static String days(Duration d) {
    long n = d.toDays();
    return n + (n == 1 ? " day" : " days");
  }
}
