package dev.mockloop.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockloop.bank.Bank;
import dev.mockloop.bank.BankLoader;
import dev.mockloop.bank.Level;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Two rubric points a new user found wrong: an ordering "first" near a channel name is not picking
 * the cheapest channel and escalating, and judging "against our written L6 bar rather than how
 * badly we needed" someone is judging against the bar, not the urgency (the point is about NOT
 * doing something, so the rubric says it negated).
 */
class NewUserFindingsTest {
  private static final Bank BANK = BankLoader.load(Path.of("questions")).bank();
  private static final Scorer SCORER = new Scorer(BANK.glossary());

  private static PointResult point(String scenario, String id, String answer) {
    return SCORER.scoreMain(answer, BANK.find(scenario).orElseThrow(), Level.L6).points().stream()
        .filter(p -> p.id().equals(id))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void anOrderingFirstNearAChannelIsNotChannelEscalation() {
    String answer =
        "First I would store each user's device token and preferred channel in a table keyed by"
            + " user id. Then a fan-out service splits the campaign into batches on queues.";
    assertThat(point("notification-fanout", "channel-escalation", answer).covered()).isFalse();
    String escalates =
        "Send on push, fall back to email when the push is not opened, and use SMS only when"
            + " nothing else reached the user.";
    assertThat(point("notification-fanout", "channel-escalation", escalates).covered()).isTrue();
  }

  @Test
  void judgingAgainstTheWrittenBarRatherThanTheNeedCoversThePoint() {
    for (String answer :
        new String[] {
          "I decided to compare against our written L6 bar rather than how badly we needed the"
              + " headcount.",
          "I judged him against the L6 bar, not the team's need.",
          "I compared against our written L6 bar, not how much we needed the role filled."
        }) {
      assertThat(point("hire-held-the-bar", "against-the-bar", answer).covered())
          .as(answer)
          .isTrue();
    }
    assertThat(
            point(
                    "hire-held-the-bar",
                    "against-the-bar",
                    "Hiring at the bar is not something I cared about under pressure.")
                .covered())
        .isFalse();
  }
}
