package dev.mockloop.scoring;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the ways an answer covers a point's concept groups: one usable mention of every group, all
 * within one sentence or two adjacent ones and at most {@value #WINDOW_TOKENS} tokens apart, no
 * token used twice. A combination whose every mention restates the question does not count, and
 * neither does a quantity placeholder filled by a number the question gave; a mention in a negation
 * cannot be used (and is shown as negated when the other groups were there).
 */
final class ConceptMatches {
  static final int WINDOW_TOKENS = 60;
  private static final int MAX_ANCHORS = 12;

  private final AnalyzedAnswer answer;
  private final RubricMatcher matcher;
  private final boolean targets;

  /** Every group's usable mentions, once {@link #find} has found them all. */
  private List<List<Mention>> usable;

  ConceptMatches(AnalyzedAnswer answer, RubricMatcher matcher, boolean targets) {
    this.answer = answer;
    this.matcher = matcher;
    this.targets = targets;
  }

  /** The point's groups, and its {@link PointGate}: alternatives it rules out are not read. */
  void find(
      List<List<Phrase>> groups,
      int askGroup,
      PointGate gate,
      List<RubricMatcher.Candidate> candidates,
      List<Evidence> negated,
      List<Evidence> echoed) {
    List<List<Mention>> usable = new ArrayList<>();
    List<List<Mention>> refused = new ArrayList<>();
    boolean inverted = false;
    boolean absent = false;
    boolean anyRefused = false;
    for (int g = 0; g < gate.groups(); g++) {
      List<Mention> ok = new ArrayList<>();
      List<Mention> no = new ArrayList<>();
      int from = gate.ends()[g];
      for (int k = from; k < gate.ends()[g + 1]; k++) {
        if (!gate.mayMatch(answer, k)) {
          continue; // no spans
        }
        Phrase alt = groups.get(g).get(k - from);
        for (int[] matched : matcher.spans(alt)) {
          Mention m = matcher.mention(matched, alt);
          if (targets
              && alt.placeholder() != null
              && m.echo()
              && !GivenNumbers.setAsTarget(answer, matched[0], matched[matched.length - 1])) {
            // a metrics point's quantity the question gave is not one the candidate set
            RubricMatcher.add(echoed, List.of(m.evidence()));
            continue;
          }
          if (!alt.inverted()) {
            (m.negated() ? no : ok).add(m);
            anyRefused |= m.negated();
          } else if (!m.negated()) {
            ok.add(m);
            inverted = true;
          }
        }
      }
      if (g == askGroup) {
        ok.addAll(answer.questions()); // a question asks (Questions)
      }
      if (ok.isEmpty() && no.isEmpty()) {
        absent = true;
        break;
      }
      usable.add(ok);
      refused.add(no);
    }
    if (!absent && (inverted || anyRefused && Combos.saysNo(usable))) {
      // the negation an inverted alternative ("no lock") needs covers its clause: the other
      // groups' words in it ("we don't need a lock for these updates") belong to the same idea;
      // so does the negation inside an alternative ("won't join": "the processor won't join a
      // two-phase commit", Negation.saysNo)
      for (int g = 0; g < usable.size(); g++) {
        usable.get(g).addAll(refused.get(g));
      }
    }
    boolean deniedOnly = false;
    for (List<Mention> ok : usable) {
      deniedOnly |= ok.isEmpty();
    }
    if (absent || deniedOnly) {
      if (deniedOnly) {
        refused.forEach(no -> no.forEach(m -> RubricMatcher.add(negated, List.of(m.evidence()))));
      }
      return;
    }
    combinations(usable, candidates, echoed);
    this.usable = usable;
  }

  /**
   * The combinations of the usable mentions that use no claimed word: where another point took the
   * nearest mention of a group, a later one in reach can still serve this one.
   */
  List<RubricMatcher.Candidate> avoiding(BitSet claimed) {
    if (usable == null) {
      return List.of();
    }
    List<List<Mention>> free = new ArrayList<>(usable.size());
    for (List<Mention> group : usable) {
      List<Mention> left = new ArrayList<>(group.size());
      for (Mention m : group) {
        if (!Combos.overlaps(claimed, m)) {
          left.add(m);
        }
      }
      if (left.isEmpty()) {
        return List.of();
      }
      free.add(left);
    }
    List<RubricMatcher.Candidate> candidates = new ArrayList<>();
    combinations(free, candidates, new ArrayList<>());
    return candidates;
  }

  private void combinations(
      List<List<Mention>> usable, List<RubricMatcher.Candidate> candidates, List<Evidence> echoed) {
    Set<Combos.Tokens> seen = new HashSet<>();
    for (int g = 0; g < usable.size(); g++) {
      List<Mention> anchors = usable.get(g);
      for (int k = 0; k < anchors.size() && k < MAX_ANCHORS; k++) {
        List<Mention> combo = combine(usable, g, anchors.get(k));
        if (combo == null || Combos.askedApart(combo)) {
          continue;
        }
        if (Combos.allEcho(combo)) {
          combo.forEach(m -> RubricMatcher.add(echoed, List.of(m.evidence())));
          continue;
        }
        RubricMatcher.Candidate c = Combos.candidate(combo);
        if (seen.add(new Combos.Tokens(c.tokens()))) {
          candidates.add(c);
        }
      }
    }
  }

  /** The nearest usable mention of every other group around the anchor, or null. */
  private List<Mention> combine(List<List<Mention>> usable, int anchorGroup, Mention anchor) {
    List<Mention> combo = new ArrayList<>();
    combo.add(anchor);
    BitSet used = new BitSet();
    Combos.mark(used, anchor);
    int lowSentence = anchor.sentence();
    int highSentence = anchor.sentence();
    int lowToken = anchor.tokens()[0];
    int highToken = anchor.tokens()[anchor.tokens().length - 1];
    for (int g = 0; g < usable.size(); g++) {
      if (g == anchorGroup) {
        continue;
      }
      Mention best = null;
      int bestDistance = Integer.MAX_VALUE;
      for (Mention m : usable.get(g)) {
        int lo = Math.min(lowSentence, m.sentence());
        int hi = Math.max(highSentence, m.sentence());
        int first = Math.min(lowToken, m.tokens()[0]);
        int last = Math.max(highToken, m.tokens()[m.tokens().length - 1]);
        if (hi - lo > 1 || last - first > WINDOW_TOKENS || Combos.overlaps(used, m)) {
          continue;
        }
        int distance = Math.abs(m.tokens()[0] - anchor.tokens()[0]);
        if (distance < bestDistance) {
          best = m;
          bestDistance = distance;
        }
      }
      if (best == null) {
        return null;
      }
      combo.add(best);
      Combos.mark(used, best);
      lowSentence = Math.min(lowSentence, best.sentence());
      highSentence = Math.max(highSentence, best.sentence());
      lowToken = Math.min(lowToken, best.tokens()[0]);
      highToken = Math.max(highToken, best.tokens()[best.tokens().length - 1]);
    }
    return combo;
  }
}
