package dev.mockloop.bank;

import java.util.List;

/**
 * Synonym groups that apply to every rubric in a bank (from {@code glossary.yaml}). Each group
 * lists phrases that mean the same thing, e.g. {@code [p99, 99th percentile]}.
 */
public record Glossary(List<List<String>> synonyms) {
  public static final Glossary EMPTY = new Glossary(List.of());

  public Glossary {
    synonyms = synonyms.stream().map(List::copyOf).toList();
  }
}
