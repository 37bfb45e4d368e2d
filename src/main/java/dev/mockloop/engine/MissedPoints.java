package dev.mockloop.engine;

import dev.mockloop.engine.Sentences.Sentence;
import dev.mockloop.scoring.PointResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What "I covered this" offers on a scored round, for both front ends: every point the scorer
 * missed, main answer first, then each follow-up, with the user's mark if there is one and the
 * sentences of that answer to choose from. Points of an answer with no sentence (an empty answer)
 * are left out: nothing in it could cover them.
 */
public final class MissedPoints {
  /**
   * One missed point.
   *
   * @param answer the answer's index in the round: 0 main, then the follow-ups
   * @param label "Main answer" or "Follow-up N"
   * @param point the scorer's result for it
   * @param mark the user's mark, or null when they have not marked it covered
   * @param sentences the sentences of that answer
   */
  public record Missed(
      int answer, String label, PointResult point, Dispute mark, List<Sentence> sentences) {
    public Missed {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(point, "point");
      sentences = List.copyOf(sentences);
    }

    public boolean marked() {
      return mark != null;
    }

    /** The event that marks it covered by sentence {@code index} of its answer. */
    public RoundEvent.MarkCovered markWith(int index) {
      Sentence s = sentences.get(index);
      return new RoundEvent.MarkCovered(answer, point.id(), s.start(), s.end());
    }

    /** The event that takes the user's mark back. */
    public RoundEvent.Unmark unmark() {
      return new RoundEvent.Unmark(answer, point.id());
    }
  }

  private MissedPoints() {}

  /** The missed points of a round; empty unless it is scored. */
  public static List<Missed> of(RoundState s) {
    List<Missed> out = new ArrayList<>();
    if (s.phase().kind() != Phase.Kind.SCORED) {
      return out;
    }
    for (int i = 0; i < s.answers().size(); i++) {
      Answer a = s.answers().get(i);
      List<Sentence> sentences = Sentences.of(a.text());
      if (sentences.isEmpty()) {
        continue;
      }
      String label = i == 0 ? "Main answer" : "Follow-up " + i;
      for (PointResult p : a.card().missed()) {
        out.add(new Missed(i, label, p, a.dispute(p.id()).orElse(null), sentences));
      }
    }
    return out;
  }
}
