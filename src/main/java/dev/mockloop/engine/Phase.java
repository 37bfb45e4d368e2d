package dev.mockloop.engine;

/**
 * Where a round is: answering the main question, answering follow-up {@code followUp} (0-based),
 * scored, or quit before it was scored.
 *
 * @param kind the stage
 * @param followUp the follow-up's index when {@code kind} is {@link Kind#FOLLOW_UP}, else -1
 */
public record Phase(Kind kind, int followUp) {
  /** The stages of a round, in order. */
  public enum Kind {
    MAIN,
    FOLLOW_UP,
    SCORED,
    QUIT
  }

  public Phase {
    if ((kind == Kind.FOLLOW_UP) != (followUp >= 0)) {
      throw new IllegalArgumentException(kind + " with follow-up index " + followUp);
    }
  }

  public static Phase main() {
    return new Phase(Kind.MAIN, -1);
  }

  public static Phase followUp(int index) {
    return new Phase(Kind.FOLLOW_UP, index);
  }

  public static Phase scored() {
    return new Phase(Kind.SCORED, -1);
  }

  public static Phase quit() {
    return new Phase(Kind.QUIT, -1);
  }

  /** True while an answer is being typed (main or follow-up). */
  public boolean answering() {
    return kind == Kind.MAIN || kind == Kind.FOLLOW_UP;
  }

  /** Short label for transcripts and debugging: "main", "follow-up 1", "scored", "quit". */
  public String label() {
    return switch (kind) {
      case MAIN -> "main";
      case FOLLOW_UP -> "follow-up " + (followUp + 1);
      case SCORED -> "scored";
      case QUIT -> "quit";
    };
  }
}
