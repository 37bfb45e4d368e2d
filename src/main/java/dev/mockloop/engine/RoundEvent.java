package dev.mockloop.engine;

import java.util.Objects;

/**
 * An input to a {@link Round}. Front ends translate their own key strokes or lines into these;
 * the engine never sees a Lanterna or JLine type. Time is not carried by the event: the round
 * reads its injected clock when it handles one.
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
