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
    List<List<Mention>> usable = null;
    List<List<Mention>> refused = null;
    List<Mention> inverted = null; // usable mentions of a negated alternative ("no lock")
    boolean anyRefused = false;
    boolean usableSaysNo = false; // a usable mention's alternative has a negation inside it
    for (int g = 0; g < gate.groups(); g++) {
      List<Mention> ok = null; // made on the first mention: most groups of most points are absent
      List<Mention> no = null;
      int from = gate.ends()[g];
      for (int k = from; k < gate.ends()[g + 1]; k++) {
        if (!gate.mayMatch(answer, k)) {
          continue; // no spans
        }
        Phrase alt = groups.get(g).get(k - from);
        List<int[]> spans = matcher.spans(alt);
        for (int i = 0; i < spans.size(); i++) {
          int[] matched = spans.get(i);
          Mention m = matcher.mention(matched, alt);
          if (targets
              && alt.placeholder() != null
              && m.echo()
              && !GivenNumbers.setAsTarget(answer, matched[0], matched[matched.length - 1])) {
            // a metrics point's quantity the question gave is not one the candidate set
            RubricMatcher.add(echoed, m.evidence());
            continue;
          }
          if (!alt.inverted() && m.negated()) {
            no = add(no, m);
            anyRefused = true;
          } else if (!alt.inverted() || !m.negated()) {
            ok = add(ok, m);
            if (alt.inverted()) {
              inverted = add(inverted, m);
            }
            usableSaysNo |= alt.saysNo();
          }
        }
      }
      if (g == askGroup && !answer.questions().isEmpty()) {
        ok = ok == null ? new ArrayList<>() : ok;
        ok.addAll(answer.questions()); // a question asks (Questions)
      }
      if (ok == null && no == null) { // a group is absent
        if (usable != null) {
          deniedOnly(usable, refused, negated);
        }
        return;
      }
      if (usable == null) {
        usable = new ArrayList<>(gate.groups());
        refused = new ArrayList<>(gate.groups());
      }
      usable.add(ok == null ? new ArrayList<>() : ok);
      refused.add(no == null ? List.of() : no);
    }
    if (anyRefused && (inverted != null || usableSaysNo)) {
      // a negated alternative ("no lock", "won't join") carries the other groups' words under its
      // own negation ("we don't need a lock for these updates"), and no others (SameNegation)
      SameNegation.join(answer, usable, refused, inverted == null ? List.of() : inverted);
    }
    if (deniedOnly(usable, refused, negated)) {
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
    BitSet used = new BitSet();
    BitSet scratch = new BitSet();
    for (int g = 0; g < usable.size(); g++) {
      List<Mention> anchors = usable.get(g);
      for (int k = 0; k < anchors.size() && k < MAX_ANCHORS; k++) {
        List<Mention> combo = Combos.combine(usable, g, anchors.get(k), used);
        if (combo == null || Combos.askedApart(combo)) {
          continue;
        }
        if (Combos.allEcho(combo)) {
          combo.forEach(m -> RubricMatcher.add(echoed, m.evidence()));
          continue;
        }
        int[] tokens = Combos.tokens(combo, scratch); // the candidate only if it is new
        if (seen.add(new Combos.Tokens(tokens))) {
          candidates.add(Combos.candidate(combo, tokens));
        }
      }
    }
  }

  /**
   * Whether some group has only mentions that did not count; if so, they are all kept as the
   * point's negated evidence.
   */
  private static boolean deniedOnly(
      List<List<Mention>> usable, List<List<Mention>> refused, List<Evidence> negated) {
    for (List<Mention> ok : usable) {
      if (ok.isEmpty()) {
        refused.forEach(no -> no.forEach(m -> RubricMatcher.add(negated, m.evidence())));
        return true;
      }
    }
    return false;
  }

  private static List<Mention> add(List<Mention> list, Mention m) {
    List<Mention> out = list == null ? new ArrayList<>() : list;
    out.add(m);
    return out;
  }
}
