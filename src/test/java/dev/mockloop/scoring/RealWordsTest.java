package dev.mockloop.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockloop.bank.Bank;
import dev.mockloop.bank.Level;
import dev.mockloop.bank.Scenario;
import org.junit.jupiter.api.Test;

/** An answer's real words are what the candidate meant: typo matching leaves them alone. */
class RealWordsTest {
  private static final Bank bank = Shipped.bank();
  private static final Scorer scorer = Shipped.scorer();

  private static boolean covered(String scenario, String point, String answer) {
    Scenario s = bank.find(scenario).orElseThrow();
    return Shipped.covered(scorer.scoreMain(answer, s, Level.L6), point);
  }

  @Test
  void dictionaryWordsAreKnownAndBritishOrAmericanOnlySpellingsAreNot() {
    assertThat(RealWords.contains("leaving")).isTrue();
    assertThat(RealWords.contains("monitoring")).isTrue();
    assertThat(RealWords.contains("partiton")).isFalse();
    assertThat(RealWords.contains("optimise")).isFalse();
    assertThat(RealWords.contains("optimize")).isFalse();
    assertThat(RealWords.contains("cache")).isFalse(); // too short to be typo-matched at all
  }

  @Test
  void realWordsMatchWithinATypoOnlyInTheSameFamily() {
    assertThat(Fuzzy.sameFamily("convert", "convers")).isTrue();
    assertThat(Fuzzy.sameFamily("recovery", "recover")).isTrue();
    assertThat(Fuzzy.sameFamily("licences", "licenses")).isTrue();
    assertThat(Fuzzy.sameFamily("defence", "defense")).isTrue();
    assertThat(Fuzzy.sameFamily("leaving", "leaking")).isFalse();
    assertThat(Fuzzy.sameFamily("shared", "sharded")).isFalse();
    assertThat(Fuzzy.sameFamily("monitoring", "mentoring")).isFalse();
    assertThat(Fuzzy.sameFamily("connection", "contention")).isFalse();
    assertThat(Fuzzy.sameFamily("experiment", "expert")).isFalse();
  }

  @Test
  void aRealWordNeverEarnsThePointOfAnotherWordOneLetterAway() {
    String leaving =
        "Cap the pool so instances times pool size stays under 1,000, leaving room for admin"
            + " connections and migrations.";
    assertThat(covered("connection-pool-management", "leak-detection", leaving)).isFalse();
    String typo = "Turn on leak detection so any connection not returned to the pool is loged.";
    assertThat(covered("connection-pool-management", "leak-detection", typo)).isTrue();
    String leakign =
        "Every connection goes back in a finally block, and I'd log connections leakign past 30"
            + " seconds with the stack trace.";
    assertThat(covered("connection-pool-management", "leak-detection", leakign)).isTrue();
  }
}
