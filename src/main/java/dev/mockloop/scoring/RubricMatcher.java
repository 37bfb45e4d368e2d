package dev.mockloop.scoring;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Matches one analyzed answer against one compiled rubric. A phrase matches when its tokens appear
 * in order within one sentence, each within {@value #MAX_GAP} tokens of the previous one (at most
 * {@value #MAX_CONTENT_GAP} of them content words), exactly or within a typo. A point's concept
 * groups match when every group has a match and all of them sit within one sentence or two adjacent
 * ones ({@link ConceptMatches}). A match does not count when it sits in a negation or dismissal,
 * has a negation between its words, only restates the question, or (in a follow-up) names a point
 * that asks for a quantity in an answer that gives none ({@link Quantified}); it is then kept as
 * evidence that did not count. Each piece of evidence covers one point: points are given their
 * evidence in order of how few ways they have to be covered, and a point cannot use a word another
 * point has already used. A point whose only evidence is a bare item of a list of terms is covered
 * as {@code listed}.
 */
final class RubricMatcher {
  static final int MAX_GAP = 4;
  static final int MAX_CONTENT_GAP = 2;
  static final int MAX_EVIDENCE = 8;

  private final AnalyzedAnswer answer;
  private final PhraseSpans spans;
  private final Mentions mentions;
  private final Quantified quantified; // a follow-up's quantity points; null for a main answer

  RubricMatcher(AnalyzedAnswer answer) {
    this(answer, null);
  }

  /** A follow-up answer's matcher, with its scenario's prompt and context ({@link Quantified}). */
  RubricMatcher(AnalyzedAnswer answer, QuestionEcho scenario) {
    this(answer, scenario, false);
  }

  private RubricMatcher(AnalyzedAnswer answer, QuestionEcho scenario, boolean literal) {
    this.answer = answer;
    this.quantified = scenario == null ? null : new Quantified(answer, scenario);
    this.spans = new PhraseSpans(answer);
    this.mentions = new Mentions(answer, literal);
  }

  /** A matcher that takes every match as written, negated or echoed ({@link Premise}). */
  static RubricMatcher literal(AnalyzedAnswer answer) {
    return new RubricMatcher(answer, null, true);
  }

  /** The outcome for a whole rubric: per-point results and the weight earned. */
  record Outcome(List<PointResult> points, double earned, int possible) {
    double coverage() {
      return possible == 0 ? 0 : earned / possible;
    }
  }

  /** One way the answer covers a point: the tokens it uses and the spans to show. */
  record Candidate(int[] tokens, List<Evidence> spans, boolean listed) {
    boolean clashes(BitSet claimed) {
      for (int t : tokens) {
        if (claimed.get(t)) {
          return true;
        }
      }
      return false;
    }
  }

  /** A point's candidates, the mentions that did not count, and its concept groups' matches. */
  record Found(
      List<Candidate> candidates,
      List<Evidence> negated,
      List<Evidence> echoed,
      List<Evidence> unquantified,
      ConceptMatches concepts,
      Quantified quantity) {}

  Outcome match(CompiledRubric rubric) {
    int n = rubric.points.size();
    List<Found> found = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      found.add(find(rubric, i));
    }
    int[] order = PointAssign.order(rubric, found);
    BitSet claimed = new BitSet();
    PointResult[] results = new PointResult[n];
    BitSet[] held = new BitSet[n];
    for (int i : order) {
      held[i] = new BitSet();
      results[i] = PointAssign.assign(rubric.points.get(i), found.get(i), claimed, held[i]);
    }
    Repack.improve(rubric.points, found, results, held, claimed);
    double earned = 0;
    for (PointResult r : results) {
      earned += r.weight() * r.credit();
    }
    return new Outcome(List.of(results), earned, rubric.totalWeight);
  }

  static void add(List<Evidence> into, List<Evidence> spans) {
    for (int i = 0; i < spans.size(); i++) {
      add(into, spans.get(i));
    }
  }

  static void add(List<Evidence> into, Evidence e) {
    if (into.size() < MAX_EVIDENCE && !overlapsAny(into, e)) {
      into.add(e);
    }
  }

  private static boolean overlapsAny(List<Evidence> list, Evidence e) {
    for (Evidence x : list) {
      if (x.start() < e.end() && e.start() < x.end()) {
        return true;
      }
    }
    return false;
  }

  /** Point {@code i}'s candidates; phrases its {@link PointGate} rules out are not read. */
  private Found find(CompiledRubric rubric, int i) {
    List<Candidate> candidates = new ArrayList<>();
    List<Evidence> negated = new ArrayList<>();
    List<Evidence> echoed = new ArrayList<>();
    List<Evidence> unquantified = new ArrayList<>(0);
    PointGate gate = rubric.gates[i];
    for (int k = 0; k < gate.ends()[0]; k++) {
      if (!gate.mayMatch(answer, k)) {
        continue;
      }
      Phrase phrase = rubric.phrases.get(i).get(k);
      List<int[]> spans = spans(phrase);
      for (int j = 0; j < spans.size(); j++) {
        int[] matched = spans.get(j);
        Mention m = mention(matched, phrase);
        if (phrase.inverted()) {
          if (!m.negated() && !m.echo()) {
            candidates.add(new Candidate(matched, List.of(m.evidence()), m.listed()));
          }
        } else if (m.negated()) {
          add(negated, m.evidence());
        } else if (m.echo()) {
          add(echoed, m.evidence());
        } else {
          candidates.add(new Candidate(matched, List.of(m.evidence()), m.listed()));
        }
      }
    }
    ConceptMatches concepts = null;
    if (gate.groups() > 0) {
      boolean targets = "metrics".equals(rubric.points.get(i).dimension());
      concepts = new ConceptMatches(answer, this, targets);
      concepts.find(rubric.groups.get(i), rubric.askGroups[i], gate, candidates, negated, echoed);
    }
    Quantified quantity = quantified != null && rubric.quantified[i] ? quantified : null;
    if (quantity != null) {
      quantity.refuse(candidates, unquantified);
    }
    return new Found(candidates, negated, echoed, unquantified, concepts, quantity);
  }

  AnalyzedAnswer answer() {
    return answer;
  }

  /** The mention of a match of a phrase ({@link Mentions#mention(int[], Phrase)}). */
  Mention mention(int[] matched, Phrase phrase) {
    return mentions.mention(matched, phrase);
  }

  /** Non-overlapping matches of a phrase, each as the positions of its matched tokens. */
  List<int[]> spans(Phrase phrase) {
    return spans.spans(phrase);
  }
}
