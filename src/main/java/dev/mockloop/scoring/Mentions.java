package dev.mockloop.scoring;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The mentions of one answer's matches, worked out once per match: whether a match sits in a
 * negation or dismissal, has a negation between its words, restates the question, or is a bare list
 * item.
 */
final class Mentions {
  private final AnalyzedAnswer answer;

  /** Whether every match is taken as written: no negation, dismissal or echo refuses it. */
  private final boolean literal;

  /** Mentions by match (identity: each match is one array, see {@link #mention}). */
  private final Map<int[], Mention> byMatch = new IdentityHashMap<>(64);

  Mentions(AnalyzedAnswer answer) {
    this(answer, false);
  }

  /**
   * An answer's mentions; {@code literal} ones are never negated or echoes, for finding what a
   * story is about ({@link Premise}): "they had stopped trusting us" is a story about lost trust.
   */
  Mentions(AnalyzedAnswer answer, boolean literal) {
    this.answer = answer;
    this.literal = literal;
  }

  /**
   * A match of a phrase. For an inverted phrase ("no lock" matched as "lock") the sense is flipped:
   * the match is usable (not {@code negated}) only where the answer negates or dismisses it ("we
   * don't need a lock"), and {@code negated} elsewhere, so callers skip it.
   */
  Mention mention(int[] matched, Phrase phrase) {
    Mention m = shared(matched, phrase);
    if (!phrase.inverted()) {
      return m;
    }
    // negated by a negation is negated (AnalyzedAnswer#negated); asked directly, so a literal
    // matcher, whose mentions are never negated, still finds "nobody was the owner" for "no owner"
    boolean usable = answer.negatedByNegation(matched[0], matched[matched.length - 1]);
    return new Mention(
        m.tokens(), m.evidence(), !usable, m.echo(), m.listed(), m.sentence(), m.saysNo());
  }

  /**
   * The mention of a match, worked out once per match: the same spans come back for every point and
   * level whose phrases share the words (spans are memoized per phrase key, so a match is the same
   * array each time), only the phrase shown with the evidence may differ.
   */
  private Mention shared(int[] matched, Phrase alternative) {
    String phrase = alternative.text();
    Mention m = byMatch.get(matched);
    if (m == null) {
      m = newMention(matched, phrase, alternative.saysNo());
      byMatch.put(matched, m);
    } else if (!m.evidence().phrase().equals(phrase)) {
      Evidence e = m.evidence();
      m =
          new Mention(
              matched,
              new Evidence(e.start(), e.end(), e.text(), phrase),
              m.negated(),
              m.echo(),
              m.listed(),
              m.sentence(),
              alternative.saysNo());
    }
    return m;
  }

  private Mention newMention(int[] matched, String phrase, boolean saysNo) {
    int first = matched[0];
    int last = matched[matched.length - 1];
    Token a = answer.tokens.get(first);
    Token b = answer.tokens.get(last);
    Evidence e =
        new Evidence(a.start(), b.end(), answer.text.substring(a.start(), b.end()), phrase);
    boolean negated = !literal && (answer.negated(first, last) || answer.negatedInside(matched));
    boolean echo = true;
    boolean listed = true;
    boolean content = false;
    for (int t : matched) {
      boolean stop = answer.tokens.get(t).stop();
      echo &= answer.echoToken[t] || stop;
      listed &= answer.listed(t);
      content |= !stop;
    }
    echo &= content && !literal;
    return new Mention(matched, e, negated, echo, listed, answer.sentenceOf(first), saysNo);
  }
}
