package dev.mockloop.scoring;

import java.util.List;

/**
 * What the answer shows beyond rubric keywords.
 *
 * @param words word count
 * @param sentences sentence count
 * @param quantifiedFacts numbers with units (ms, QPS, %, $, K/M, ...), as written
 * @param decision whether the answer states a decision or recommendation
 * @param tradeOffs named trade-offs ("at the cost of", "trade-off", "but", ...), as written
 * @param structure which parts of situation / analysis / decision / results the answer has
 * @param functionWordShare share of words that are function words (keyword lists have few)
 */
public record Signals(
    int words,
    int sentences,
    List<String> quantifiedFacts,
    boolean decision,
    List<String> tradeOffs,
    List<String> structure,
    double functionWordShare) {
  public Signals {
    quantifiedFacts = List.copyOf(quantifiedFacts);
    tradeOffs = List.copyOf(tradeOffs);
    structure = List.copyOf(structure);
  }
}
