package dev.mockloop.engine;

import java.util.Objects;

/**
 * An input to a {@link Round}. Front ends translate their own key strokes or lines into these; the
 * engine never sees a Lanterna or JLine type. Time is not carried by the event: the round reads its
 * injected clock when it handles one.
 */
public sealed interface RoundEvent {
  /** The draft of the current answer is now {@code text} (the whole text, not a delta). */
  record Edit(String text) implements RoundEvent {
    public Edit {
      Objects.requireNonNull(text, "text");
    }
  }

  /** The user submits the current draft. */
  record Submit() implements RoundEvent {}

  /** Time passed; the round checks its deadline (and submits the draft at 0:00). */
  record Tick() implements RoundEvent {}

  /** The user leaves the round; the draft is kept in the state for the transcript. */
  record Quit() implements RoundEvent {}

  /**
   * "I covered this": on a scored round, the user marks a point the scorer missed as covered by the
   * sentence {@code [start, end)} of an answer. Ignored before the round is scored.
   *
   * @param answer the answer's index: 0 for the main answer, then the follow-ups in order
   * @param pointId the missed rubric point
   * @param start where the sentence starts in the answer's text
   * @param end where it ends, exclusive
   */
  record MarkCovered(int answer, String pointId, int start, int end) implements RoundEvent {
    public MarkCovered {
      Objects.requireNonNull(pointId, "pointId");
    }
  }

  /** Takes back a {@link MarkCovered}: the point is missed again, as the scorer said. */
  record Unmark(int answer, String pointId) implements RoundEvent {
    public Unmark {
      Objects.requireNonNull(pointId, "pointId");
    }
  }

  /**
   * "Predict, then see": after the last answer and before the score is shown, the user rates the
   * round on the grading guide's 0-4 scale (0 off-topic, 1 vague, 2 partial, 3 good, 4 strong).
   * Only a scored round takes it; a second rating replaces the first.
   */
  record SelfRate(int grade) implements RoundEvent {
    public SelfRate {
      if (grade < 0 || grade > 4) {
        throw new IllegalArgumentException("a self-rating is 0..4, was " + grade);
      }
    }
  }

  static Edit edit(String text) {
    return new Edit(text);
  }

  static Submit submit() {
    return new Submit();
  }

  static Tick tick() {
    return new Tick();
  }

  static Quit quit() {
    return new Quit();
  }
}
