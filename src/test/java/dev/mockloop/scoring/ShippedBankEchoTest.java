package dev.mockloop.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockloop.bank.Bank;
import dev.mockloop.bank.BankLoader;
import dev.mockloop.bank.FollowUp;
import dev.mockloop.bank.Level;
import dev.mockloop.bank.LevelSpec;
import dev.mockloop.bank.Scenario;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The echo target over every scenario-level of the shipped bank, not only the blind set's
 * forty: an answer that reads the prompt and context back, verbatim or wrapped in a speaker's
 * restating phrases, averages at most 8 and never passes 15; so does one that reads a follow-up
 * question back. The blind set's echoes (writers' own restatements) are held to the same in {@link
 * BlindCalibrationTest}.
 */
class ShippedBankEchoTest {
  private static final List<Integer> MAIN = new ArrayList<>();
  private static final List<Integer> FOLLOW_UPS = new ArrayList<>();
  private static final List<String> HIGH = new ArrayList<>();

  @BeforeAll
  static void scoreEveryEcho() throws Exception {
    Bank bank = BankLoader.load(Path.of("questions")).bank();
    Scorer scorer = new Scorer(bank.glossary());
    for (Scenario s : bank.scenarios()) {
      for (Map.Entry<Level, LevelSpec> e : s.levels().entrySet()) {
        LevelSpec spec = e.getValue();
        String where = s.id() + " " + e.getKey();
        for (String echo : echoes(spec.prompt(), spec.context())) {
          note(MAIN, where, scorer.scoreMain(echo, s, e.getKey()).score());
        }
        for (FollowUp f : spec.followUps()) {
          for (String echo : echoes(f.ask(), "")) {
            note(
                FOLLOW_UPS,
                where + " " + f.id(),
                scorer.scoreFollowUp(echo, s, e.getKey(), f).score());
          }
        }
      }
    }
  }

  private static List<String> echoes(String question, String context) {
    String both = (question.strip() + "\n\n" + context.strip()).strip();
    return List.of(
        both,
        "Let me restate the situation to make sure I have it. "
            + question.strip()
            + (context.isBlank() ? "" : " The constraints are these: " + context.strip())
            + "\nSo that is the problem as I understand it, and those are the facts I have to work"
            + " with before I say anything about what I would do.");
  }

  private static void note(List<Integer> into, String where, int score) {
    into.add(score);
    if (score > 15) {
      HIGH.add(where + ": " + score);
    }
  }

  @Test
  void readingTheQuestionBackEarnsAlmostNothing() {
    IntSummaryStatistics main = MAIN.stream().mapToInt(Integer::intValue).summaryStatistics();
    IntSummaryStatistics followUps =
        FOLLOW_UPS.stream().mapToInt(Integer::intValue).summaryStatistics();
    assertThat(main.getCount()).as("two echoes per scenario-level").isGreaterThan(400);
    assertThat(followUps.getCount()).isGreaterThan(500);
    assertThat(main.getAverage()).isLessThanOrEqualTo(8);
    assertThat(followUps.getAverage()).isLessThanOrEqualTo(8);
    assertThat(HIGH).as("echoes over 15").isEmpty();
  }
}
