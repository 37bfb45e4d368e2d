package dev.mockloop.bank;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A loaded, valid question bank.
 *
 * @param source where it was loaded from (a directory, or "bundled")
 * @param scenarios in id order
 * @param glossary synonym groups; {@link Glossary#EMPTY} when the bank has none
 * @param guide what each level rewards and its dimensions (from {@code levels.yaml}); {@link
 *     LevelGuide#EMPTY} when the bank has none
 */
public record Bank(String source, List<Scenario> scenarios, Glossary glossary, LevelGuide guide) {
  public Bank {
    // a snapshot's scenarios stay as they are: immutable, each decoded when first asked for
    scenarios = scenarios instanceof ScenarioSections ? scenarios : List.copyOf(scenarios);
    glossary = glossary == null ? Glossary.EMPTY : glossary;
    guide = guide == null ? LevelGuide.EMPTY : guide;
  }

  /** A bank without a level guide. */
  public Bank(String source, List<Scenario> scenarios, Glossary glossary) {
    this(source, scenarios, glossary, LevelGuide.EMPTY);
  }

  /** The first scenario with this id (from a snapshot, only that one is decoded). */
  public Optional<Scenario> find(String id) {
    if (scenarios instanceof ScenarioSections sections) {
      return sections.find(id);
    }
    return scenarios.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /** Scenario ids in bank order. */
  public List<String> ids() {
    return entries().stream().map(Listing.Entry::id).toList();
  }

  /**
   * What a list shows of each scenario, in bank order: id, title, topic, levels with their minutes,
   * kind and principle (the {@code lp:} tags only for a bank read from a snapshot). Planning a loop
   * needs no more, so a bank read from a snapshot decodes no scenario for it.
   */
  public List<Listing.Entry> entries() {
    if (scenarios instanceof ScenarioSections sections) {
      return sections.entries();
    }
    List<Listing.Entry> out = new ArrayList<>(scenarios.size());
    for (Scenario s : scenarios) {
      Map<Level, Integer> minutes = new EnumMap<>(Level.class);
      s.levels().forEach((level, spec) -> minutes.put(level, spec.minutes()));
      out.add(new Listing.Entry(s.id(), s.title(), s.topic(), minutes, s.kind(), s.principle()));
    }
    return out;
  }
}
