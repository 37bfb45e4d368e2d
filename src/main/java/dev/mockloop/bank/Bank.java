package dev.mockloop.bank;

import java.util.List;
import java.util.Optional;

/**
 * A loaded, valid question bank.
 *
 * @param source where it was loaded from (a directory, or "bundled")
 * @param scenarios in id order
 * @param glossary synonym groups; {@link Glossary#EMPTY} when the bank has none
 */
public record Bank(String source, List<Scenario> scenarios, Glossary glossary) {
  public Bank {
    scenarios = List.copyOf(scenarios);
    glossary = glossary == null ? Glossary.EMPTY : glossary;
  }

  public Optional<Scenario> find(String id) {
    return scenarios.stream().filter(s -> s.id().equals(id)).findFirst();
  }
}
