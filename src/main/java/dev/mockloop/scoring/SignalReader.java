package dev.mockloop.scoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the non-keyword signals of an answer ({@link Signals}), including how much it looks
 * like a list of terms rather than prose.
 */
final class SignalReader {
  private static final Pattern DECISION = Pattern.compile(
      "\\b(i would|i'd|i will|i'll|we should|we would|we'd|we will|we'll|i recommend|recommend"
          + "|recommendation|we chose|i chose|we decided|i decided|decision is|my decision"
          + "|go with|going with|went with|choose|opt for|opted for|i'd pick|my call|i propose"
          + "|my proposal|my choice|i'd use|i would use|we moved|we migrated)\\b");
  private static final Pattern TRADE_OFF = Pattern.compile(
      "\\b(trade-?offs?|trade offs?|at the (?:cost|expense|price) of|downsides?|drawbacks?"
          + "|in exchange for|on the other hand|whereas|however|but|the cost is|costs? more"
          + "|more expensive|cheaper|pros and cons|the catch|the risk is|gives? up|giving up"
          + "|sacrific\\w*|versus|vs|penalty|overhead|the price|worse|slower|harder)\\b");
  private static final Map<String, Pattern> STRUCTURE = new LinkedHashMap<>();

  static {
    STRUCTURE.put("situation", Pattern.compile(
        "\\b(currently|today|we have|we had|situation|context|the problem|requirements?|given"
            + "|at our scale|our system|existing|we were|legacy|background|constraints?)\\b"));
    STRUCTURE.put("analysis", Pattern.compile(
        "\\b(because|since|compare[sd]?|comparing|comparison|options?|alternatives?|the reason"
            + "|so that|therefore|which means|that means|estimate|if we|assuming|analy[sz]\\w*"
            + "|depends on)\\b"));
    STRUCTURE.put("decision", DECISION);
    STRUCTURE.put("results", Pattern.compile(
        "\\b(results?|outcomes?|reduced|improved|cut|dropped|increased|saved|measured|we saw"
            + "|achieved|went from|down from|up from|led to|delivered|shipped|impact"
            + "|success metrics?|kpis?|measure success)\\b"));
  }

  private SignalReader() {}

  static Signals read(AnalyzedAnswer a, int topicWords) {
    String lower = a.text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    int words = 0;
    int function = 0;
    for (Word w : a.words) {
      if (w.kind() != Word.Kind.SYMBOL) {
        words++;
        function += Vocabulary.FUNCTION_WORDS.contains(w.lower()) ? 1 : 0;
      }
    }
    double fws = words == 0 ? 0 : (double) function / words;
    boolean decision = DECISION.matcher(lower).find();
    List<String> structure = new ArrayList<>();
    for (Map.Entry<String, Pattern> e : STRUCTURE.entrySet()) {
      if (e.getValue().matcher(lower).find()) {
        structure.add(e.getKey());
      }
    }
    double fromFunction = clamp((0.26 - fws) / 0.16);
    double fromSegments = clamp((shortSegmentShare(a) - 0.3) / 0.4);
    double listLike = words < 5 ? 0 : Math.max(fromFunction, fromSegments);
    return new Signals(words, a.shape.sentences, QuantityReader.facts(a), decision,
        tradeOffs(a.text, lower), structure, round(fws), topicWords, round(listLike));
  }

  private static List<String> tradeOffs(String text, String lower) {
    List<String> out = new ArrayList<>();
    Matcher m = TRADE_OFF.matcher(lower);
    while (m.find() && out.size() < 12) {
      out.add(text.substring(m.start(), m.end()));
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
