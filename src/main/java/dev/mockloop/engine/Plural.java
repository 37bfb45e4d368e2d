package dev.mockloop.engine;

/** Counted nouns without "(s)": "1 minute", "2 minutes", "1 scenario". */
public final class Plural {
  private Plural() {}

  /** "{@code n} {@code noun}", with an "s" unless {@code n} is 1. */
  public static String of(long n, String noun) {
    return n + " " + (n == 1 ? noun : noun + "s");
  }
}
