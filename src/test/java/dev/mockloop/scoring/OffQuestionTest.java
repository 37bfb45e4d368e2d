package dev.mockloop.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockloop.bank.Bank;
import dev.mockloop.bank.BankLoader;
import dev.mockloop.bank.Level;
import dev.mockloop.bank.Scenario;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A story that never says what its question asks for ({@link Premise}) is flagged {@code
 * off-question} and scaled down as one story failure; one that says it, even in a negation or in
 * the question's own words, is not.
 */
class OffQuestionTest {
  @TempDir static Path dir;
  private static Scorer scorer;
  private static Scenario ownership;

  private static final String ON =
      "Last spring our checkout team kept getting paged for a nightly export job that belonged to"
          + " another team; it was failing three nights a week, which delayed reports for about 200"
          + " sellers. I decided to take it on even though it was not our team's service. I pulled"
          + " the logs for a month and wrote a one-pager with a fix. Pages went from 40 a week to"
          + " 5. I learned to escalate the missing owner sooner.";

  /** A strong story, but about growing an engineer: the answer to another question. */
  private static final String OFF =
      "Last spring I was the senior engineer on our checkout team and I mentored Priya, a new"
          + " engineer who was stuck on her first design. I pulled her into my reviews, wrote a"
          + " one-pager with her on how to split the work, and set up a weekly hour with her. Within"
          + " three months she led the refund launch for 200 sellers and pages went from 40 a week"
          + " to 5. I learned to give stretch work sooner.";

  @BeforeAll
  static void load() throws IOException {
    dev.mockloop.bank.BankFixtures.copy("lp", dir);
    Path file = dir.resolve("behavioral/ownership-outside-your-remit.yaml");
    String yaml = Files.readString(file);
    Files.writeString(
        file,
        yaml.replaceFirst(
            "    rubric:\n",
            "    premise:\n"
                + "      says: a problem outside your team's remit that you took on.\n"
                + "      all:\n"
                + "        - [not our team, another team, other team, no owner, nobody owned]\n"
                + "        - [take, took, picked up, stepped in, fix, owned]\n"
                + "    rubric:\n"));
    Bank bank = BankLoader.load(dir).bank();
    scorer = new Scorer(bank.glossary());
    ownership = bank.find("ownership-outside-your-remit").orElseThrow();
  }

  private static ScoreCard main(String answer, Level level) {
    return scorer.scoreMain(answer, ownership, level);
  }

  private static Flag offQuestion(ScoreCard card) {
    return card.flags().stream()
        .filter(f -> f.code().equals("off-question"))
        .findFirst()
        .orElse(null);
  }

  @Test
  void aStoryThatSaysWhatTheQuestionAsksIsNotFlagged() {
    assertThat(offQuestion(main(ON, Level.L6))).isNull();
  }

  @Test
  void aGoodStoryAboutSomethingElseIsFlaggedAndScaledDown() {
    ScoreCard card = main(OFF, Level.L6);
    Flag flag = offQuestion(card);
    assertThat(flag).isNotNull();
    assertThat(flag.message())
        .contains("a story about a problem outside your team's remit that you took on,")
        .doesNotContain("grades at most");
  }

  @Test
  void aPremiseSaidInANegationOrInTheQuestionsWordsStillCounts() {
    String negated =
        OFF.replace(
            "I learned",
            "Nobody owned her onboarding, and it was not our team's job, but I took it on. I"
                + " learned");
    ScoreCard card = main(negated, Level.L6);
    assertThat(offQuestion(card)).isNull();
    assertThat(card.score()).isGreaterThan(main(OFF, Level.L6).score());
  }

  @Test
  void aPremiseAlternativeWrittenAsANegationMatchesWhereTheStoryNegatesIt() {
    String negated =
        OFF.replace("I learned", "Nobody was the owner of her onboarding, so I took it. I learned");
    assertThat(offQuestion(main(negated, Level.L6))).isNull();
  }

  @Test
  void aLevelWithoutAPremiseAndFollowUpsAreNeverFlagged() {
    assertThat(offQuestion(main(OFF, Level.L7))).isNull();
    String followUp = "I mentored Priya for three months and she led the refund launch.";
    assertThat(
            scorer
                .scoreFollowUp(
                    followUp, ownership, Level.L6, ownership.level(Level.L6).followUps().get(0))
                .flags())
        .extracting(Flag::code)
        .doesNotContain("off-question");
  }
}
