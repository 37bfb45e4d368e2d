package dev.mockloop.engine;

import dev.mockloop.bank.Bank;
import dev.mockloop.bank.Level;
import dev.mockloop.bank.Listing;
import dev.mockloop.bank.Scenario;
import dev.mockloop.bank.Suggest;
import dev.mockloop.bank.Topics;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The scenarios of a bank that a {@link PlanRequest} may use: those it names (each checked), those
 * matching its level and topics, whether they are principle questions only; with the errors that
 * name a typo or a missing level plainly. {@link LoopPlanner} and {@link DrillPlanner} draw from
 * them.
 */
public final class ScenarioPool {
  private ScenarioPool() {}

  /**
   * The scenario a request names by id: it must be in the bank, have the request's level and be
   * named once ({@code seen} collects the ids).
   */
  static Scenario named(Bank bank, PlanRequest req, String id, Set<String> seen) {
    Optional<Scenario> found = bank.find(id);
    if (found.isEmpty()) {
      throw new PlanException(
          "no scenario '"
              + id
              + "' in the bank ("
              + bank.source()
              + ")"
              + Suggest.didYouMean(id, bank.ids())
              + "; `mockloop questions list` shows the ids");
    }
    Scenario s = found.get();
    if (s.level(req.level()) == null) {
      throw new PlanException(
          "scenario '"
              + id
              + "' has no "
              + req.level()
              + " version; it has "
              + s.levelSet()
              + "; choose another --level");
    }
    if (!seen.add(id)) {
      throw new PlanException("scenario '" + id + "' is listed twice; a loop asks each once");
    }
    return s;
  }

  /**
   * Whether a plan asks principle questions only: {@code --lp-only}, or topics that match only
   * behavioural questions.
   */
  public static boolean principlesOnly(PlanRequest req, List<Scenario> candidates) {
    return principlesOnly(
        req, !candidates.isEmpty() && candidates.stream().allMatch(Scenario::behavioral));
  }

  /** As above, over the listing's entries. */
  static boolean principlesOnlyOf(PlanRequest req, List<Listing.Entry> candidates) {
    boolean all = !candidates.isEmpty();
    for (int i = 0; all && i < candidates.size(); i++) {
      all = candidates.get(i).behavioral();
    }
    return principlesOnly(req, all);
  }

  private static boolean principlesOnly(PlanRequest req, boolean allBehavioral) {
    return req.settings().lpOnly() || !req.topics().isEmpty() && allBehavioral;
  }

  /** Whether the bank has a Leadership Principle question at the level. */
  public static boolean hasPrinciples(Bank bank, Level level) {
    for (Listing.Entry e : bank.entries()) {
      if (e.behavioral() && e.minutes().containsKey(level)) {
        return true;
      }
    }
    return false;
  }

  /** Scenarios that have the level and match the topics (all when no topic is given). */
  public static List<Scenario> candidates(Bank bank, PlanRequest req) {
    List<Listing.Entry> entries = bank.entries();
    Set<String> topics = topics(req);
    List<Scenario> out = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      if (matches(entries.get(i), req.level(), topics)) {
        out.add(bank.scenarios().get(i));
      }
    }
    return List.copyOf(out);
  }

  /** As above, their listing entries: nothing of a bank read from a snapshot is decoded. */
  static List<Listing.Entry> candidateEntries(Bank bank, PlanRequest req) {
    Set<String> topics = topics(req);
    List<Listing.Entry> out = new ArrayList<>();
    for (Listing.Entry e : bank.entries()) {
      if (matches(e, req.level(), topics)) {
        out.add(e);
      }
    }
    return List.copyOf(out);
  }

  private static Set<String> topics(PlanRequest req) {
    Set<String> topics = new LinkedHashSet<>();
    for (String t : req.topics()) {
      topics.add(t.toLowerCase(Locale.ROOT));
    }
    return topics;
  }

  private static boolean matches(Listing.Entry e, Level level, Set<String> topics) {
    return e.minutes().containsKey(level)
        && (topics.isEmpty() || topics.contains(e.topic().toLowerCase(Locale.ROOT)));
  }

  /** A topic no question of the bank has is a typo, not "0 scenarios match": say so. */
  public static void checkTopics(Bank bank, List<String> asked) {
    if (asked.isEmpty()) {
      return; // no topic asked, none unknown
    }
    List<String> known = new ArrayList<>();
    for (Listing.Entry e : bank.entries()) {
      known.add(e.topic());
    }
    Optional<String> unknown = Topics.unknown(known, asked);
    if (unknown.isPresent()) {
      throw new PlanException(unknown.get());
    }
  }

  /** "L6 and topics caching, storage": what a request asks for, in an error message. */
  static String describe(PlanRequest req) {
    return req.level()
        + (req.topics().isEmpty()
            ? ""
            : (req.topics().size() == 1 ? " and topic " : " and topics ")
                + String.join(", ", req.topics()));
  }
}
