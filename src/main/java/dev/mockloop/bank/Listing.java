package dev.mockloop.bank;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What lists of scenarios show (id, title, topic, minutes per level) and the load's problems,
 * stored ahead of the full bank in a snapshot so that a list decodes only this.
 *
 * @param problems every error and warning of the load
 * @param entries one per valid scenario, in bank order
 */
public record Listing(List<Problem> problems, List<Listing.Entry> entries) {
  /**
   * One scenario as a list shows it.
   *
   * @param minutes the minutes of each level the scenario has, L6 before L7
   * @param kind design scenario or behavioural question
   * @param principle the Leadership Principle of a behavioural question, else null
   */
  public record Entry(String id, String title, String topic, Map<Level, Integer> minutes,
      QuestionKind kind, String principle) {
    public Entry {
      minutes = Map.copyOf(minutes);
    }

    /** Whether this is a Leadership Principle (behavioural) question. */
    public boolean behavioral() {
      return kind == QuestionKind.BEHAVIORAL;
    }

    /** The levels, in order L6, L7. */
    public List<Level> levels() {
      return List.copyOf(new EnumMap<>(minutes).keySet());
    }
  }

  public Listing {
    problems = List.copyOf(problems);
    entries = List.copyOf(entries);
  }

  /** The listing of a load. */
  public static Listing of(LoadResult result) {
    List<Entry> entries = new ArrayList<>();
    for (Scenario s : result.bank().scenarios()) {
      Map<Level, Integer> minutes = new EnumMap<>(Level.class);
      s.levels().forEach((level, spec) -> minutes.put(level, spec.minutes()));
      entries.add(new Entry(s.id(), s.title(), s.topic(), minutes, s.kind(), s.principle()));
    }
    return new Listing(result.problems(), entries);
  }

  /** Errors only; the bank is usable when there are none. */
  public List<Problem> errors() {
    return problems.stream().filter(Problem::isError).toList();
  }
}
