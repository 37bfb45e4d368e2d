package dev.mockloop.io;

/**
 * Counted nouns without "(s)": "1 minute", "2 minutes", "1 scenario". Here, at the bottom, because
 * messages of every layer count things (the engine's plan errors, the session's notices, every
 * report); all other text formatting lives in {@code report.Format}.
 */
public final class Plural {
  private Plural() {}

  /** "{@code n} {@code noun}", with an "s" unless {@code n} is 1. */
  public static String of(long n, String noun) {
    return n + " " + (n == 1 ? noun : noun + "s");
  }
}
