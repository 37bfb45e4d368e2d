package dev.mockloop.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockloop.bank.Bank;
import dev.mockloop.bank.FollowUp;
import dev.mockloop.bank.Level;
import dev.mockloop.bank.Scenario;
import org.junit.jupiter.api.Test;

/**
 * An idea said with a negation inside one of its alternatives ("won't join") keeps the other
 * groups' words in that negation's clause: they are the same idea, not a rejected one.
 */
class SaidWithANegationTest {
  private static final Bank bank = Shipped.bank();
  private static final Scorer scorer = Shipped.scorer();

  private static boolean noTwoPhaseCommit(String answer) {
    Scenario s = bank.find("idempotent-payments-api").orElseThrow();
    FollowUp f =
        s.level(Level.L7).followUps().stream()
            .filter(x -> x.id().equals("why-not-exactly-once"))
            .findFirst()
            .orElseThrow();
    return Shipped.covered(scorer.scoreFollowUp(answer, s, Level.L7, f), "no-2pc");
  }

  @Test
  void theNegationInsideAnAlternativeIsPartOfTheIdea() {
    assertThat(noTwoPhaseCommit("The card processor won't join a two-phase commit.")).isTrue();
    assertThat(noTwoPhaseCommit("The card processor will not join a two-phase commit.")).isTrue();
    assertThat(noTwoPhaseCommit("The processor doesn't support two-phase commit.")).isTrue();
  }

  @Test
  void aNegationThatIsNotTheAlternativesStillRejects() {
    assertThat(noTwoPhaseCommit("We do not need a two-phase commit here.")).isFalse();
  }

  @Test
  void onlyAlternativesWithACueSayNo() {
    assertThat(Negation.saysNo("won't join")).isTrue();
    assertThat(Negation.saysNo("does not support")).isTrue();
    assertThat(Negation.saysNo("two-phase commit")).isFalse();
    assertThat(Negation.saysNo("nothing")).isFalse();
  }
}
