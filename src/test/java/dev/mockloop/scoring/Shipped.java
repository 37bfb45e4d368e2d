package dev.mockloop.scoring;

import dev.mockloop.bank.Bank;
import dev.mockloop.bank.BankLoader;
import java.nio.file.Path;

/**
 * The shipped bank ({@code questions/}) and a scorer over its glossary, loaded once per test JVM.
 */
final class Shipped {
  private Shipped() {}

  private static final class Holder {
    static final Bank BANK = BankLoader.load(Path.of("questions")).bank();
    static final Scorer SCORER = new Scorer(BANK.glossary());
  }

  static Bank bank() {
    return Holder.BANK;
  }

  static Scorer scorer() {
    return Holder.SCORER;
  }

  /** Whether {@code card} covers the point with this id. */
  static boolean covered(ScoreCard card, String point) {
    return card.points().stream()
        .filter(p -> p.id().equals(point))
        .findFirst()
        .orElseThrow()
        .covered();
  }
}
