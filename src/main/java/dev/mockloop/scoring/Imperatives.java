package dev.mockloop.scoring;

import java.util.List;

/**
 * Whether an answer states a choice in the imperative, as plans and notes do: "Migrate to
 * OpenSearch", "m2-6: build once: an erasure orchestrator", "Hire a DPO". A clause that opens with
 * one of a few verbs of choosing or doing, followed by what it acts on, is a decision as much as "I
 * would migrate"; {@link SignalReader} asks it beside its decision phrases, for design answers
 * only. The verbs are ones that rarely open a noun phrase ("cache", "shard" or "stream" do: "cache
 * hit rate is 45%"). A verb followed by an auxiliary ("build is slow") or by a noun it heads
 * ("build times", "use cases", "run rate") reads as a noun; a plural after it is its object ("use
 * retries").
 */
final class Imperatives {
  // spotless:off
  private static final WordSet CHOOSING =
      WordSet.of("use", "adopt", "migrate", "move", "switch", "replace", "hire", "buy", "build",
          "pick", "choose", "introduce", "deploy", "put", "keep", "make", "create", "add",
          "enforce", "require", "split", "start", "ship", "retire", "deprecate", "consolidate",
          "standardize", "standardise", "centralize", "centralise", "invest", "fund", "staff",
          "roll", "freeze", "revert", "kill", "drop", "cut", "reserve", "commit", "negotiate",
          "rewrite", "decouple", "isolate", "route", "prioritize", "prioritise", "defer",
          "stop", "go", "set", "run", "give", "turn", "pay", "offload", "reuse", "outsource");
  /** Words after one of the verbs that make it a noun: "use case", "start time", "run rate". */
  private static final WordSet NOUN_AFTER =
      WordSet.of("case", "cases", "of", "time", "times", "rate", "rates", "cost", "costs",
          "date", "phase", "order", "count", "point", "pipeline", "artifact", "artifacts");
  // spotless:on

  private Imperatives() {}

  /** Whether a clause of the answer opens with a verb of choosing in the imperative. */
  static boolean any(List<Word> words, Shape shape) {
    for (int i = 0; i + 1 < words.size(); i++) {
      if (shape.clauseStart[i] && CHOOSING.contains(words.get(i).lower())) {
        String next = words.get(i + 1).lower();
        if (!shape.clauseStart[i + 1]
            && !NOUN_AFTER.contains(next)
            && !VerbLike.auxiliary(next)
            && words.get(i + 1).kind() != Word.Kind.SYMBOL) {
          return true;
        }
      }
    }
    return false;
  }
}
