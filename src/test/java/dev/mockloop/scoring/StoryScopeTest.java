package dev.mockloop.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockloop.bank.Bank;
import dev.mockloop.bank.BankLoader;
import dev.mockloop.bank.Level;
import dev.mockloop.bank.Scenario;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The scope of an L7 story: breadth across teams and length, and the team-scope flag. */
class StoryScopeTest {
  private static Scorer scorer;
  private static Scenario ownership;

  /** A well-told story of one team over a few days. */
  private static final String TEAM_STORY =
      "Last spring our checkout team kept getting paged for a nightly export job that belonged to"
          + " another team; it was failing three nights a week, which delayed reports for about"
          + " 200 sellers. I decided to take it on even though it was not our service. I pulled"
          + " the logs for a month, found the batch was too large for its memory limit, and wrote"
          + " a one-pager with a fix. I paired with their on-call engineer for two afternoons and"
          + " we shipped the split batch. Pages went from 40 a week to 5. I learned to escalate"
          + " the missing owner sooner; next time I would raise it in the first week.";

  /** The same kind of story told at L7's scope: several orgs, a year, no authority. */
  private static final String ORG_STORY =
      "Two years ago I was a principal engineer, and releases across four orgs kept breaking"
          + " because nobody owned the shared build pipeline; none of the teams reported to me."
          + " I wrote a six-page proposal and took it to the three directors, one by one. I set up"
          + " a weekly review with the partner teams and ran it for eighteen months. Failed"
          + " releases went from 30 a quarter to 4, and the review is still running. I learned to"
          + " bring the directors in before the first meeting.";

  @BeforeAll
  static void load() throws URISyntaxException {
    Bank bank =
        BankLoader.load(Path.of(StoryScopeTest.class.getResource("/banks/lp").toURI())).bank();
    scorer = new Scorer(bank.glossary());
    ownership = bank.find("ownership-outside-your-remit").orElseThrow();
  }

  private static StoryScope scope(String text) {
    return StoryScope.read(Words.scan(text));
  }

  private static List<String> codes(String answer, Level level) {
    return scorer.scoreMain(answer, ownership, level).flags().stream().map(Flag::code).toList();
  }

  @Test
  void countedTeamsLeadersAndOrgsAreBreadth() {
    assertThat(scope("I brought four product teams and the VP along.").breadth()).isEqualTo(2);
    assertThat(scope("Three directors agreed; every team adopted it.").breadth()).isEqualTo(2);
    assertThat(scope("It crossed two orgs, and none of them reported to me.").breadth())
        .isEqualTo(2);
    assertThat(scope("I talked to the other team and to my manager.").breadth())
        .as("one neighbouring team is L6's scope")
        .isZero();
  }

  @Test
  void yearsQuartersAndLongMonthsAreLengthButDatesAndRatesAreNot() {
    assertThat(scope("It took eighteen months and two quarters of migration.").duration())
        .isEqualTo(2);
    assertThat(scope("Over the next year the rate fell.").duration()).isEqualTo(1);
    assertThat(scope("Last year, two years ago, six months ago.").duration()).isZero();
    assertThat(scope("The licence was $85,000 a year; it took three months.").duration()).isZero();
    assertThat(scope("A quarter of the traffic failed.").duration()).isZero();
  }

  @Test
  void aTeamSizedStoryToAnL7QuestionIsFlaggedAndScoresLess() {
    assertThat(scope(TEAM_STORY).small()).isTrue();
    assertThat(scope(ORG_STORY).small()).isFalse();
    assertThat(codes(TEAM_STORY, Level.L7)).contains("team-scope");
    assertThat(codes(TEAM_STORY, Level.L6)).doesNotContain("team-scope");
    assertThat(codes(ORG_STORY, Level.L7)).doesNotContain("team-scope");
    Flag flag =
        scorer.scoreMain(TEAM_STORY, ownership, Level.L7).flags().stream()
            .filter(f -> f.code().equals("team-scope"))
            .findFirst()
            .orElseThrow();
    assertThat(flag.message()).startsWith("At L7 this reads as a team-sized story");
  }

  @Test
  void theScopeFlagCountsTwiceAndKeepsTheScoreInThePartialBand() {
    assertThat(codes(TEAM_STORY, Level.L7))
        .doesNotContain("no-result", "no-numbers", "all-we", "hypothetical");
    assertThat(scorer.scoredMain(TEAM_STORY, ownership, Level.L7).inputs().storyFailures())
        .as("the guide grades a team-level story to an L7 question at most 2, like no result")
        .isEqualTo(2);
    assertThat(scorer.scoredMain(TEAM_STORY, ownership, Level.L6).inputs().storyFailures())
        .isZero();
    int atL7 = scorer.scoreMain(TEAM_STORY, ownership, Level.L7).score();
    assertThat(GradeBand.of(atL7).grade()).isLessThanOrEqualTo(2);
    assertThat(scorer.scoreMain(TEAM_STORY, ownership, Level.L6).score()).isGreaterThan(atL7);
  }

  @Test
  void anL7StoryEarnsPartOfItsMissedCoverageForItsScope() {
    ScoreFormula.Inputs wide = scorer.scoredMain(ORG_STORY, ownership, Level.L7).inputs();
    assertThat(wide.scope()).isEqualTo(StoryScope.read(Words.scan(ORG_STORY)).score());
    assertThat(wide.scope()).isEqualTo(4);
    assertThat(scorer.scoredMain(ORG_STORY, ownership, Level.L6).inputs().scope())
        .isEqualTo(ScoreFormula.Inputs.NO_SCOPE);
    ScoreFormula.Inputs none =
        new ScoreFormula.Inputs(
            0.4, 0, wide.signals(), 0, false, 0, 0, 0, 0, 0, 1, ScoreFormula.Inputs.NO_SCOPE);
    assertThat(StoryCredit.coverage(none, 0.4)).isEqualTo(0.4);
    assertThat(StoryCredit.coverage(withScope(none, 5), 0.4))
        .isCloseTo(0.4 + 0.6 * StoryCredit.SCOPE_SHARE, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(StoryCredit.coverage(withScope(none, 2), 0.4))
        .as("a team-sized scope earns nothing")
        .isEqualTo(0.4);
  }

  private static ScoreFormula.Inputs withScope(ScoreFormula.Inputs in, int scope) {
    return new ScoreFormula.Inputs(
        in.coverage(),
        in.otherCoverage(),
        in.signals(),
        in.pastedShare(),
        in.followUp(),
        in.buzzwordShare(),
        in.dismissedPoints(),
        in.storyFailures(),
        in.toldSentences(),
        in.narrated(),
        in.listedShare(),
        scope);
  }
}
