package dev.mockloop.bank;

import java.util.List;
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
    scenarios = List.copyOf(scenarios);
    glossary = glossary == null ? Glossary.EMPTY : glossary;
    guide = guide == null ? LevelGuide.EMPTY : guide;
  }

  /** A bank without a level guide. */
  public Bank(String source, List<Scenario> scenarios, Glossary glossary) {
    this(source, scenarios, glossary, LevelGuide.EMPTY);
  }

  public Optional<Scenario> find(String id) {
    return scenarios.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /** Scenario ids in bank order. */
  public List<String> ids() {
    return scenarios.stream().map(Scenario::id).toList();
  }
}
