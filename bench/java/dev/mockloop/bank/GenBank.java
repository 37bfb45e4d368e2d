package dev.mockloop.bank;

import java.nio.file.Path;

/**
 * bench/run's user bank: {@code GenBank DIR COUNT} writes COUNT generated scenarios (two levels, 9
 * points and 2 follow-ups each, {@link GeneratedBank}) into DIR.
 */
public final class GenBank {
  private GenBank() {}

  public static void main(String[] args) {
    GeneratedBank.write(Path.of(args[0]), Integer.parseInt(args[1]));
  }
}
