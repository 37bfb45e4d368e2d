package dev.mockloop.engine;

/**
 * A loop cannot be planned as asked (unknown scenario, no scenario for the level or topic, more
 * rounds than scenarios). The message says what to change; front ends show it as bad input.
 */
public class PlanException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public PlanException(String message) {
    super(message);
  }
}
