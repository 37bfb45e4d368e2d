package dev.mockloop.scoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the non-keyword signals of an answer ({@link Signals}), including how much it looks like a
 * list of terms rather than prose.
 */
final class SignalReader {
  // spotless:off
  private static final WordPhrases DECISION = new WordPhrases(
      "i would", "i'd", "i will", "i'll", "we should", "we would", "we'd", "we will", "we'll",
      "recommend", "recommends", "recommended", "recommendation", "we chose", "i chose", "we decided", "i decided", "decision is",
      "my decision", "go with", "going with", "went with", "choose", "opt for", "opted for",
      "my call", "i propose", "my proposal", "my choice", "we moved", "we migrated", "we pick",
      "i pick", "my pick", "i prefer", "we prefer", "settle on", "settled on");
  // spotless:on
  // spotless:off
  private static final WordPhrases TRADE_OFF = new WordPhrases(
      "trade off", "trade offs", "tradeoff", "tradeoffs", "at the cost of", "at the expense of",
      "at the price of", "downside", "downsides", "drawback", "drawbacks", "in exchange for",
      "on the other hand", "whereas", "however", "but", "the cost is", "cost more",
      "costs more", "more expensive", "cheaper", "pros and cons", "the catch", "the risk is",
      "give up", "gives up", "giving up", "sacrifice", "sacrifices", "sacrificing", "versus", "vs", "penalty", "overhead",
      "the price", "worse", "slower", "harder", "we'd accept",
      "i'd accept", "we would accept", "i would accept", "would hurt", "the cost of");
  // spotless:on
  private static final Map<String, WordPhrases> STRUCTURE = new LinkedHashMap<>();

  static {
    STRUCTURE.put(
        "situation",
        new WordPhrases(
            "currently",
            "today",
            "we have",
            "we had",
            "situation",
            "context",
            "the problem",
            "requirement",
            "requirements",
            "given",
            "at our scale",
            "our system",
            "existing",
            "we were",
            "legacy",
            "background",
            "constraint",
            "constraints"));
    STRUCTURE.put(
        "analysis",
        new WordPhrases(
            "because",
            "since",
            "compare",
            "compares",
            "compared",
            "comparing",
            "comparison",
            "option",
            "options",
            "alternative",
            "alternatives",
            "the reason",
            "so that",
            "therefore",
            "which means",
            "that means",
            "estimate",
            "estimates",
            "estimated",
            "if we",
            "assuming",
            "analysis",
            "analyse",
            "analyze",
            "analysed",
            "analyzed",
            "analysing",
            "analyzing",
            "depends on"));
    STRUCTURE.put(
        "results",
        new WordPhrases(
            "result",
            "results",
            "outcome",
            "outcomes",
            "reduced",
            "improved",
            "cut",
            "dropped",
            "increased",
            "saved",
            "measured",
            "we saw",
            "achieved",
            "went from",
            "down from",
            "up from",
            "led to",
            "delivered",
            "shipped",
            "impact",
            "success metric",
            "success metrics",
            "kpi",
            "kpis",
            "measure success"));
  }

  private SignalReader() {}

  static Signals read(AnalyzedAnswer a, int topicWords) {
    return read(a, topicWords, true, 0, 0);
  }

  /**
   * {@code plainQuantities}: see {@link QuantityReader#facts(AnalyzedAnswer, boolean)}; it is false
   * for a story, which also states no choice in the imperative ({@link Imperatives}: "put customers
   * first" in a story is a value, not a plan); {@code contentWords}: {@link ScenarioTerms#content};
   * {@code said}: the sentences that say something of their own ({@link Signals#saidSentences}).
   */
  static Signals read(
      AnalyzedAnswer a, int topicWords, boolean plainQuantities, int contentWords, int said) {
    int words = a.shape.words;
    int function = a.shape.functionWords;
    double fws = words == 0 ? 0 : (double) function / words;
    boolean decision =
        DECISION.any(a.words) || plainQuantities && Imperatives.any(a.words, a.shape);
    List<String> structure = new ArrayList<>();
    for (Map.Entry<String, WordPhrases> e : STRUCTURE.entrySet()) {
      if (e.getKey().equals("results") && decision) {
        structure.add("decision");
      }
      if (e.getValue().any(a.words)) {
        structure.add(e.getKey());
      }
    }
    double fromFunction = clamp((0.26 - fws) / 0.16);
    double fromSegments = clamp((shortSegmentShare(a) - 0.3) / 0.4);
    double listLike = a.salad ? 1 : words < 5 ? 0 : Math.max(fromFunction, fromSegments);
    return new Signals(
        words,
        a.shape.sentences,
        QuantityReader.facts(a, plainQuantities),
        decision,
        tradeOffs(a),
        structure,
        round(fws),
        topicWords,
        round(listLike),
        contentWords,
        said);
  }

  private static List<String> tradeOffs(AnalyzedAnswer a) {
    List<String> out = new ArrayList<>();
    for (int[] m : TRADE_OFF.find(a.words)) {
      if (out.size() < 12) {
        out.add(a.text.substring(a.words.get(m[0]).start(), a.words.get(m[1]).end()));
      }
    }
    return out;
  }

  /** Share of words in comma/sentence segments of three words or fewer. */
  private static double shortSegmentShare(AnalyzedAnswer a) {
    int n = a.words.size();
    int inShort = 0;
    int counted = 0;
    int i = 0;
    while (i < n) {
      int j = i + 1;
      while (j < n && !a.shape.segmentStart[j]) {
        j++;
      }
      int len = j - i;
      counted += len;
      inShort += len <= 3 ? len : 0;
      i = j;
    }
    return counted == 0 ? 0 : (double) inShort / counted;
  }

  static double clamp(double v) {
    return Math.max(0, Math.min(1, v));
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
