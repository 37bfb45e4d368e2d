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
 * @param topicWords distinct content words the answer shares with the scenario's own text (prompt,
 *     context, rubric, model answers), generic filler words left out
 * @param listLikeness 0..1, how much the answer reads as a list of terms rather than sentences
 *     (from the function-word share and the share of words in very short segments)
 * @param contentWords distinct content terms of the answer, on the topic or not, without the
 *     question's words it repeats, generic words and numbers (how much it says; see depth in
 *     docs/scoring.md)
 * @param saidSentences sentences of the answer that each say something of their own: at least three
 *     content terms that are not the question's words (depth's second measure, docs/scoring.md)
 */
public record Signals(
    int words,
    int sentences,
    List<String> quantifiedFacts,
    boolean decision,
    List<String> tradeOffs,
    List<String> structure,
    double functionWordShare,
    int topicWords,
    double listLikeness,
    int contentWords,
    int saidSentences) {
  public Signals {
    quantifiedFacts = List.copyOf(quantifiedFacts);
    tradeOffs = List.copyOf(tradeOffs);
    structure = List.copyOf(structure);
    if (listLikeness < 0 || listLikeness > 1) {
      throw new IllegalArgumentException("listLikeness must be 0..1, was " + listLikeness);
    }
  }

  /** Without the topic, list and content measures (all 0), for callers that predate them. */
  public Signals(
      int words,
      int sentences,
      List<String> quantifiedFacts,
      boolean decision,
      List<String> tradeOffs,
      List<String> structure,
      double functionWordShare) {
    this(
        words,
        sentences,
        quantifiedFacts,
        decision,
        tradeOffs,
        structure,
        functionWordShare,
        0,
        0,
        0,
        0);
  }

  /** Without the count of sentences that say something (0), for callers that predate it. */
  public Signals(
      int words,
      int sentences,
      List<String> quantifiedFacts,
      boolean decision,
      List<String> tradeOffs,
      List<String> structure,
      double functionWordShare,
      int topicWords,
      double listLikeness,
      int contentWords) {
    this(
        words,
        sentences,
        quantifiedFacts,
        decision,
        tradeOffs,
        structure,
        functionWordShare,
        topicWords,
        listLikeness,
        contentWords,
        0);
  }
}
