package dev.mockloop.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockloop.bank.Bank;
import dev.mockloop.bank.BankLoader;
import dev.mockloop.bank.Level;
import dev.mockloop.bank.Scenario;
import org.junit.jupiter.api.Test;

/** "no X" after a downside word names the price of a choice; it is not a refusal. */
class DownsideNegationTest {
  private static final Bank BANK = BankLoader.loadBundled().bank();
  private static final Scorer SCORER = new Scorer(BANK.glossary());
  private static final Scenario DYNAMO = BANK.find("dynamodb-vs-rds").orElseThrow();

  private static PointResult whenRdsWins(String answer) {
    return SCORER.scoreMain(answer, DYNAMO, Level.L6).points().stream()
        .filter(p -> p.id().equals("when-rds-wins"))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void namingTheTradeOffCoversThePoint() {
    assertThat(
            whenRdsWins("I'd go with DynamoDB. The trade-off: no joins or ad hoc queries.")
                .covered())
        .isTrue();
    assertThat(whenRdsWins("The downside is no joins, which is fine for a catalog.").covered())
        .isTrue();
  }

  @Test
  void aPlainNoStillNegates() {
    PointResult p = whenRdsWins("I'd go with DynamoDB and there are no joins to worry about.");
    assertThat(p.covered()).isFalse();
    assertThat(p.negated()).extracting(Evidence::text).contains("joins");
  }
}
