package dev.mockloop.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.mockloop.bank.Bank;
import dev.mockloop.bank.BankLoader;
import dev.mockloop.bank.Level;
import dev.mockloop.bank.Scenario;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The flags of behavioural answers, one failure at a time, against the test bank banks/lp. */
class StoryFlagsTest {
  private static Bank bank;
  private static Scorer scorer;
  private static Scenario ownership;

  private static final String STRONG =
      "Last spring our checkout team kept getting paged for a"
          + " nightly export job that belonged to another team; it was failing three nights a week,"
          + " which delayed reports for about 200 sellers. I decided to take it on even though it"
          + " was not our team's service. I pulled the logs for a month and wrote a one-pager with"
          + " a fix. Pages went from 40 a week to 5. I learned to escalate the missing owner sooner.";

  @BeforeAll
  static void load() throws URISyntaxException {
    bank = BankLoader.load(Path.of(StoryFlagsTest.class.getResource("/banks/lp").toURI())).bank();
    scorer = new Scorer(bank.glossary());
    ownership = bank.find("ownership-outside-your-remit").orElseThrow();
  }

  private static List<String> codes(String answer) {
    return scorer.scoreMain(answer, ownership, Level.L6).flags().stream().map(Flag::code).toList();
  }

  @Test
  void aStrongStoryHasNoStoryFlagsAndNoDesignOnlyFlags() {
    assertThat(codes(STRONG))
        .doesNotContain(
            "no-result", "no-numbers", "all-we", "hypothetical", "no-decision", "no-trade-offs");
  }

  @Test
  void aStoryWithoutAnOutcomeIsFlaggedNoResult() {
    String answer =
        "Last spring our checkout team kept getting paged for a nightly export job"
            + " that belonged to another team. I decided to take it on. I pulled the logs for 30"
            + " days and wrote a one-pager with a fix, and I talked to their manager about it.";
    List<Flag> flags = scorer.scoreMain(answer, ownership, Level.L6).flags();
    assertThat(flags).extracting(Flag::code).contains("no-result");
    assertThat(
            flags.stream()
                .filter(f -> f.code().equals("no-result"))
                .findFirst()
                .orElseThrow()
                .message())
        .startsWith("No outcome stated");
    assertThat(codes(STRONG)).doesNotContain("no-result");
  }

  @Test
  void aResultToldInPlainWordsWithoutNumbersIsAResult() {
    String story =
        "Over a holiday weekend a recommendation service owned by another team started timing"
            + " out, and our checkout page called it synchronously, so customers abandoned carts."
            + " Their on-call did not answer and the change board met only after the weekend. I"
            + " posted in the incident channel what I was about to do, flipped the flag that"
            + " turned the call off, and filed the change request after the fact.";
    assertThat(codes(story)).as("actions, no outcome").contains("no-result");
    assertThat(codes(story + " Then I migrated the flag to the shared config service."))
        .as("'I migrated' is a step, like 'I shipped'")
        .contains("no-result");
    for (String outcome :
        List.of(
            " Checkout latency came back to normal within minutes, and the board accepted it.",
            " It went well: nothing broke, and the owning team fixed their deploy the next day.",
            " Things got noticeably better after that, and the flag rule became the standard.",
            " We migrated the other 14 checkout services the next quarter without an incident.",
            " The owning team was happy with how it was handled and kept the rule.")) {
      assertThat(codes(story + outcome)).as(outcome).doesNotContain("no-result");
    }
  }

  @Test
  void aResultCountsOnlyInTheSecondHalfOfTheStory() {
    String situationOnly =
        "Last spring the nightly export job of another team was failing three nights a week, and"
            + " our pages went from 5 a week to 40 because of it. I decided to take it on. I"
            + " pulled the logs for 30 days, wrote a one-pager with a fix, talked to their"
            + " manager about who should own it, and paired with their on-call engineer on the"
            + " batch split for two afternoons before handing the runbook over to their team.";
    assertThat(codes(situationOnly))
        .as("'went from' in the opening is the problem, not the outcome")
        .contains("no-result");
    assertThat(codes(situationOnly + " Once it shipped, pages went from 40 a week to 5."))
        .doesNotContain("no-result");
    assertThat(codes(situationOnly + " We recovered the missed reports for all 200 sellers."))
        .doesNotContain("no-result");
  }

  /** A story whose second half tells only what was done: the result is still to come. */
  private static final String ACTIONS_ONLY =
      "Last spring the nightly export job of another team was failing three nights a week, which"
          + " delayed reports for about 200 sellers. I decided to take it on. I pulled the logs for"
          + " 30 days and wrote a one-pager with a fix. Then I talked to their manager about who"
          + " should own the job, paired with their on-call engineer on the batch split for two"
          + " afternoons, and handed the runbook over to their team.";

  @Test
  void aBeforeAndAfterOrATimeAfterTheFactIsAResult() {
    assertThat(codes(ACTIONS_ONLY)).contains("no-result");
    assertThat(codes(ACTIONS_ONLY + " The nightly run went from 40 minutes to 6."))
        .doesNotContain("no-result");
    assertThat(codes(ACTIONS_ONLY + " Six months later the job had not failed once."))
        .doesNotContain("no-result");
    assertThat(
            codes(ACTIONS_ONLY + " We had nine failures the year before; in the year after, none."))
        .doesNotContain("no-result");
  }

  @Test
  void anOutcomeVerbThatIsTheCandidatesOwnStepIsNotAResult() {
    assertThat(codes(ACTIONS_ONLY + " Then I shipped the split batch myself."))
        .as("'I shipped' is a step")
        .contains("no-result");
    assertThat(codes(ACTIONS_ONLY + " The finished runbook went into their wiki."))
        .as("'the finished runbook' is an adjective")
        .contains("no-result");
    assertThat(codes(ACTIONS_ONLY + " That cut the failures to one a month."))
        .doesNotContain("no-result");
  }

  @Test
  void aStoryWithoutNumbersIsFlaggedNoNumbers() {
    String answer =
        STRONG
            .replace("three nights a week", "often")
            .replace("about 200", "many")
            .replace("for a month", "")
            .replace("from 40 a week to 5", "down a lot");
    assertThat(codes(answer)).contains("no-numbers");
    assertThat(codes("In 2021 our team was paged often. I fixed it and pages dropped a lot."))
        .as("a year is not a number of the story")
        .contains("no-numbers");
  }

  @Test
  void aStoryToldAllInWeIsFlagged() {
    String answer =
        "Last spring we kept getting paged for an export job that belonged to"
            + " another team. We decided to take it on. We pulled the logs for a month and we wrote"
            + " a fix; our pages went from 40 a week to 5, and we handed it to its owners.";
    List<Flag> flags = scorer.scoreMain(answer, ownership, Level.L6).flags();
    assertThat(flags).extracting(Flag::code).contains("all-we");
    assertThat(codes(STRONG)).doesNotContain("all-we");
  }

  @Test
  void aStoryInNotesThatLeavesTheIOutIsNotAllWe() {
    String notes =
        "- Context: checkout team, last spring. Nightly export job owned by another team, failing"
            + " three nights a week; we were paged for it.\n- Did: pulled 30 days of logs, wrote a"
            + " one-pager, split the batch.\n- Result: our pages went from 40 a week to 5; we"
            + " handed the job to its owners.\n- Learned: escalate the missing owner sooner.";
    assertThat(codes(notes)).doesNotContain("all-we");
  }

  @Test
  void aHypotheticalAnswerIsFlaggedButAReflectionIsNot() {
    String answer =
        "I would first look at the dashboards to see who owns the job. I would then"
            + " reach out to the owning team and I'd offer to help. If nobody owned it, I would take"
            + " it on and I would write a runbook, and I'd expect pages to drop by 50%.";
    assertThat(codes(answer)).contains("hypothetical");
    assertThat(codes(STRONG + " Next time I would raise it in the first week."))
        .doesNotContain("hypothetical");
  }

  @Test
  void aConditionalPastInsideAWouldSentenceIsStillHypothetical() {
    String answer =
        "If I were responsible for a job that was failing every night, the first thing I would do"
            + " is find out why the owners were not fixing it. I would meet their lead and ask what"
            + " was getting in the way. Where it was capacity, I'd offer to lend an engineer for"
            + " two weeks. I would also set up a review so dependencies were agreed at planning.";
    assertThat(codes(answer)).contains("hypothetical");
    assertThat(codes(STRONG + " I told their lead I would check the job every morning."))
        .as("reported speech in a real story")
        .doesNotContain("hypothetical");
  }

  private static final Flag hypothetical = new Flag("hypothetical", "");
  private static final Flag allWe = new Flag("all-we", "");
  private static final Flag noResult = new Flag("no-result", "");
  private static final Flag noNumbers = new Flag("no-numbers", "");

  @Test
  void aHypotheticalAnAllWeStoryOrNoResultCountsTwiceInTheStoryGuardAndNoNumbersNotAtAll() {
    assertThat(StoryFlags.weight(List.of(noNumbers)))
        .as("no numbers is one part thin: the concreteness guard scales it, not the story guard")
        .isZero();
    assertThat(StoryFlags.weight(List.of(hypothetical))).isEqualTo(2);
    assertThat(StoryFlags.weight(List.of(noResult))).isEqualTo(2);
    assertThat(StoryFlags.weight(List.of(allWe, noNumbers))).isEqualTo(2);
    String allWeStory =
        "Last spring we kept getting paged for an export job that belonged to"
            + " another team. We decided to take it on. We pulled the logs for a month and we wrote"
            + " a fix; our pages went from 40 a week to 5, and we handed it to its owners.";
    Scorer.Scored scored = scorer.scoredMain(allWeStory, ownership, Level.L6);
    assertThat(scored.inputs().storyFailures()).isEqualTo(2);
    assertThat(StoryGuard.storyGuard(scored.inputs())).isCloseTo(0.6, within(1e-9));
  }

  @Test
  void aCappingFailureKeepsTheScoreInTheBandTheGuideAllows() {
    Flag teamScope = new Flag("team-scope", "");
    assertThat(StoryFlags.capped(92, null)).as("not a story").isEqualTo(92);
    assertThat(StoryFlags.capped(92, List.of())).isEqualTo(92);
    assertThat(StoryFlags.capped(92, List.of(noNumbers)))
        .as("no numbers is one part thin (grade 3): no cap")
        .isEqualTo(92);
    assertThat(GradeBand.of(StoryFlags.capped(92, List.of(noResult))).grade()).isEqualTo(2);
    assertThat(GradeBand.of(StoryFlags.capped(92, List.of(teamScope))).grade()).isEqualTo(2);
    assertThat(GradeBand.of(StoryFlags.capped(92, List.of(noResult, hypothetical))).grade())
        .isEqualTo(1);
    assertThat(StoryFlags.capped(9, List.of(hypothetical))).as("below the cap").isEqualTo(9);
    String noOutcome =
        "Last spring our checkout team kept getting paged for a nightly export job that belonged"
            + " to another team; it was failing three nights a week for about 200 sellers. I"
            + " decided to take it on even though it was not our team's service. I pulled the logs"
            + " for a month, found the batch was too large for its memory limit, wrote a one-pager"
            + " with a fix, paired with their on-call engineer for two afternoons and talked to"
            + " their manager about who should own the job from now on.";
    ScoreCard card = scorer.scoreMain(noOutcome, ownership, Level.L6);
    Flag flag = card.flags().stream().filter(f -> f.code().equals("no-result")).findFirst().get();
    assertThat(flag.message())
        .endsWith("A story like this grades at most \"partial\": the score stays under 31.");
    assertThat(card.score())
        .isLessThan(GradeBand.CUTS[2])
        .isLessThanOrEqualTo(StoryFlags.PARTIAL_CAP);
  }

  @Test
  void aFollowUpAnsweredAllInWeIsFlaggedAndScaledDown() {
    var escalation = ownership.level(Level.L6).followUp("escalation");
    String we =
        "We talked about it as a team first. We agreed to raise it with their manager, and we"
            + " wrote up the pages we had been getting so we had data. We kept our notes together"
            + " in the ticket.";
    String mine =
        "I talked about it with my team first. I raised it with their manager myself, and we"
            + " wrote up the pages we had been getting so I had data. I kept the notes in the"
            + " ticket.";
    assertThat(scorer.scoreFollowUp(we, ownership, Level.L6, escalation).flags())
        .extracting(Flag::code)
        .contains("all-we");
    assertThat(scorer.scoreFollowUp(mine, ownership, Level.L6, escalation).flags())
        .extracting(Flag::code)
        .doesNotContain("all-we");
    assertThat(scorer.scoredFollowUp(we, ownership, Level.L6, escalation).inputs().storyFailures())
        .as("all 'we' counts twice, as in a main answer")
        .isEqualTo(2);
  }

  @Test
  void followUpAnswersGetNoResultOrNumbersFlags() {
    var card =
        scorer.scoreFollowUp(
            "We would ask them.",
            ownership,
            Level.L6,
            ownership.level(Level.L6).followUp("escalation"));
    assertThat(card.flags())
        .extracting(Flag::code)
        .doesNotContain("no-result", "no-numbers", "all-we", "hypothetical");
  }

  private static final String WOULD =
      "I think before escalating you should try to work it out with the owning team. I would"
          + " reach out to their lead and explain the impact. I'd give them a week to fix it, and"
          + " I would only escalate after that, because escalation should be the last resort.";

  @Test
  void aHypotheticalAnswerToAFollowUpAboutWhatHappenedIsFlaggedAndScaledDown() {
    var escalation = ownership.level(Level.L6).followUp("escalation");
    assertThat(escalation.ask()).contains("what did you try");
    var card = scorer.scoreFollowUp(WOULD, ownership, Level.L6, escalation);
    assertThat(card.flags()).extracting(Flag::code).containsExactly("hypothetical");
    Scorer.Scored scored = scorer.scoredFollowUp(WOULD, ownership, Level.L6, escalation);
    assertThat(scored.inputs().storyFailures()).as("a hypothetical counts twice").isEqualTo(2);
    assertThat(StoryGuard.storyGuard(scored.inputs())).isCloseTo(0.6, within(1e-9));
  }

  @Test
  void hadAndWouldHaveInARealStoryAreNotHypothetical() {
    var escalation = ownership.level(Level.L6).followUp("escalation");
    String real =
        "Because we'd left out the alerting, nobody saw the job fail for a week. I'd seen the same"
            + " gap on another team, so I would normally have run a review first. I'd have added"
            + " the alert before the launch, and I messaged their lead the same day.";
    assertThat(scorer.scoreFollowUp(real, ownership, Level.L6, escalation).flags())
        .extracting(Flag::code)
        .doesNotContain("hypothetical");
  }

  @Test
  void aFollowUpThatInvitesAHypotheticalGetsNoFlagForOne() {
    assertThat(StoryReader.asksWhatHappened("How did they react? Did they get defensive?"))
        .isTrue();
    assertThat(StoryReader.asksWhatHappened("Looking back, what would you do differently?"))
        .isFalse();
    assertThat(StoryReader.asksWhatHappened("What if the test had gone the other way?")).isFalse();
    Story story =
        StoryReader.read(
            new AnalyzedAnswer(
                WOULD, new TextAnalyzer(bank.glossary(), TextAnalyzer.Stemmer.PORTER)));
    assertThat(StoryFlags.failures(story, List.of(), Asked.FOLLOW_UP, false, 0, false, null))
        .isEmpty();
    assertThat(StoryFlags.failures(story, List.of(), Asked.WHAT_HAPPENED, false, 0, false, null))
        .extracting(Flag::code)
        .containsExactly("hypothetical");
  }

  @Test
  void storyReaderCountsTheVoiceTenseAndNumbers() {
    Story s =
        StoryReader.read(
            new AnalyzedAnswer(
                "We shipped it. I wrote the doc and I then"
                    + " pulled 40 logs. I would do it again.",
                new TextAnalyzer(bank.glossary(), TextAnalyzer.Stemmer.PORTER)));
    assertThat(s.singular()).isEqualTo(3);
    assertThat(s.plural()).isEqualTo(1);
    assertThat(s.told())
        .as("\"We shipped it.\" tells too little of its own: a told sentence needs three words")
        .isEqualTo(1);
    assertThat(s.hypothetical()).isZero();
    assertThat(s.outcome()).as("'shipped' opens the story: no result told at its end").isFalse();
    assertThat(s.numbers()).isEqualTo(1);
    Story ending =
        StoryReader.read(
            new AnalyzedAnswer(
                "I wrote the doc and I then pulled 40 logs. We shipped it.",
                new TextAnalyzer(bank.glossary(), TextAnalyzer.Stemmer.PORTER)));
    assertThat(ending.outcome()).isTrue();
  }

  @Test
  void designScenariosKeepTheirOwnFlags() {
    Scenario design = bank.find("flaky-dependency").orElseThrow();
    var flags = scorer.scoreMain("We would add retries.", design, Level.L6).flags();
    assertThat(flags)
        .extracting(Flag::code)
        .contains("no-numbers", "no-trade-offs")
        .doesNotContain("all-we", "hypothetical", "no-result");
  }

  @Test
  void aFollowUpThatTellsWhatHappenedWithNumbersOutscoresTheSameIdeasAsIntentions() {
    dev.mockloop.bank.FollowUp escalation =
        ownership.level(Level.L6).followUps().stream()
            .filter(f -> f.id().equals("escalation"))
            .findFirst()
            .orElseThrow();
    String told =
        "Before going to anyone's manager I messaged their on-call twice and I met"
            + " their lead, who said the job had no owner since a reorg. I pulled three weeks of"
            + " pages, 40 a week with 60% from the export, and took that to the escalation. Their"
            + " manager agreed within a day and moved the job to a team of 4.";
    String intended =
        "Before going to anyone's manager I would message their on-call and I"
            + " would meet their lead to find out who owns the job. I would gather the pages and"
            + " bring them to the escalation, and I would ask their manager to assign an owner so"
            + " that the job is looked after.";
    int toldScore = scorer.scoreFollowUp(told, ownership, Level.L6, escalation).score();
    int intendedScore = scorer.scoreFollowUp(intended, ownership, Level.L6, escalation).score();
    assertThat(toldScore).as("told with numbers").isGreaterThan(intendedScore + 30);
  }
}
