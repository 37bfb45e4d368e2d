package dev.mockloop.bank;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What lists of scenarios show (id, title, topic, minutes per level), the Leadership Principle tags
 * of design rubrics (for {@code review stats}) and the load's problems, stored ahead of the full
 * bank in a snapshot so that a list decodes only this.
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
   * @param tags per level of a design scenario, the {@code lp:} tag of each tagged point by its key
   *     ({@code id} on the main rubric, {@code follow-up/id} on a follow-up's); empty for a
   *     behavioural question
   */
  public record Entry(
      String id,
      String title,
      String topic,
      Map<Level, Integer> minutes,
      QuestionKind kind,
      String principle,
      Map<Level, Map<String, String>> tags) {
    public Entry {
      minutes = Map.copyOf(minutes);
      tags = tags instanceof ListingTags ? tags : Map.copyOf(tags); // read from a head: lazily
    }

    /** An entry without tags. */
    public Entry(
        String id,
        String title,
        String topic,
        Map<Level, Integer> minutes,
        QuestionKind kind,
        String principle) {
      this(id, title, topic, minutes, kind, principle, Map.of());
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
    if (result.bank().scenarios() instanceof ScenarioSections sections) {
      return new Listing(result.problems(), sections.entries()); // stored with them
    }
    List<Entry> entries = new ArrayList<>();
    for (Scenario s : result.bank().scenarios()) {
      Map<Level, Integer> minutes = new EnumMap<>(Level.class);
      Map<Level, Map<String, String>> tags = new EnumMap<>(Level.class);
      s.levels()
          .forEach(
              (level, spec) -> {
                minutes.put(level, spec.minutes());
                if (!s.behavioral()) {
                  tags.put(level, tags(spec));
                }
              });
      entries.add(new Entry(s.id(), s.title(), s.topic(), minutes, s.kind(), s.principle(), tags));
    }
    return new Listing(result.problems(), entries);
  }

  /**
   * The tagged points of one level by key: as a look-up of a key finds them, the first point of an
   * id with a tag (an empty tag counts as none) on the first follow-up of an id.
   */
  static Map<String, String> tags(LevelSpec spec) {
    Map<String, String> first = new HashMap<>();
    spec.rubric()
        .forEach(
            p -> {
              if (p.lp() != null) {
                first.putIfAbsent(p.id(), p.lp());
              }
            });
    Set<String> seen = new HashSet<>();
    for (FollowUp f : spec.followUps()) {
      if (seen.add(f.id())) {
        f.rubric()
            .forEach(
                p -> {
                  if (p.lp() != null) {
                    first.putIfAbsent(f.id() + "/" + p.id(), p.lp());
                  }
                });
      }
    }
    first.values().removeIf(String::isBlank);
    return first;
  }

  /** Errors only; the bank is usable when there are none. */
  public List<Problem> errors() {
    List<Problem> errors = new ArrayList<>();
    for (Problem p : problems) { // no stream: read at every start of a list
      if (p.isError()) {
        errors.add(p);
      }
    }
    return errors;
  }
}
