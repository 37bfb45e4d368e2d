package dev.mockloop.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The negation rules one class at a time: cues and their scopes ({@link Negation}), the words that
 * dismiss what they follow ({@link DismissalWords}) and which mentions a verdict after them reaches
 * ({@link Dismissals}).
 */
class NegationRulesTest {
  /** The words of {@code text} whose mark is set, lower-cased. */
  private static List<String> marked(String text, boolean scopes) {
    List<Word> words = Words.scan(text);
    Shape shape = new Shape(text, words);
    boolean[] marks =
        scopes
            ? SameNegation.marked(Negation.cues(words, shape))
            : Dismissals.deniedAfter(words, shape);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < marks.length; i++) {
      if (marks[i]) {
        out.add(words.get(i).lower());
      }
    }
    return out;
  }

  private static boolean dismisses(String text, String word) {
    List<Word> words = Words.scan(text);
    Shape shape = new Shape(text, words);
    for (int j = 0; j < words.size(); j++) {
      if (words.get(j).lower().equals(word)) {
        return DismissalWords.dismisses(words, shape, j, word);
      }
    }
    throw new AssertionError(word + " is not in " + text);
  }

  @Test
  void aCueNegatesTheRestOfItsClauseButNotItself() {
    assertThat(marked("We would not use a cache here, but a queue.", true))
        .containsExactly("use", "a", "cache", "here");
    assertThat(marked("There is no single point of failure.", true))
        .doesNotContain("no")
        .contains("single", "failure");
  }

  @Test
  void notOnlyAndADownsideAreNotCues() {
    assertThat(marked("Not only the cache but the queue matters.", true)).isEmpty();
    assertThat(marked("The trade-off: no joins.", true)).isEmpty();
    assertThat(marked("We chose Dynamo with no joins.", true)).containsExactly("joins");
  }

  @Test
  void aNoRightAfterAGoalWordIsTheGoalNotARefusal() {
    // the blind set's "Success: no outage caused by a single customer" lost its success metric
    assertThat(marked("Success: no outage caused by a single customer.", true)).isEmpty();
    assertThat(marked("Success means no duplicate charges.", true)).isEmpty();
    assertThat(marked("Our goal is no manual steps.", true)).isEmpty();
    // farther than four words from the goal word, "no" negates as before
    assertThat(marked("Goal: anyone, including a regulator with no trust in us, can check.", true))
        .contains("trust");
    assertThat(marked("There is no success metric here.", true)).contains("success", "metric");
  }

  @Test
  void aNegatedRelativeClauseEndsAtItsComma() {
    assertThat(
            marked(
                "For outside systems that can't check tokens, like the shipping partner, keep a"
                    + " request key.",
                true))
        .containsExactly("check", "tokens");
    assertThat(marked("We can't check tokens, like the partner.", true)).contains("partner");
  }

  @Test
  void ratherThanNegatesOnlyUpToTheComma() {
    assertThat(marked("Use a queue rather than polling, with retries.", true))
        .containsExactly("polling");
  }

  @Test
  void theSpeakersOwnChoiceToSkipIsACue() {
    assertThat(marked("I'd avoid global locks.", true)).containsExactly("global", "locks");
    assertThat(marked("Teams avoid global locks.", true)).isEmpty();
  }

  @Test
  void dismissingWordsAfterAMention() {
    assertThat(dismisses("A second region is overkill.", "overkill")).isTrue();
    assertThat(dismisses("Sharding can come later.", "later")).isTrue();
    assertThat(dismisses("Two days later we shipped.", "later")).isFalse();
    assertThat(dismisses("We add it later, once traffic grows.", "later")).isFalse();
    assertThat(dismisses("Dropping it is a separate later change.", "later")).isFalse();
    assertThat(dismisses("A circuit breaker later, deploy the fix first.", "later")).isTrue();
    assertThat(dismisses("Dropping the column can come later.", "later")).isTrue();
    assertThat(dismisses("Jitter can wait.", "wait")).isTrue();
    assertThat(dismisses("Sharding sounds nice, but it costs.", "sounds")).isTrue();
    assertThat(dismisses("This is not optional.", "optional")).isFalse();
    assertThat(dismisses("Counting declines as failures is fine.", "fine")).isTrue();
  }

  @Test
  void aVerdictReachesBackWithinItsClause() {
    assertThat(marked("DAX is not needed.", false)).containsExactly("dax", "is");
    assertThat(marked("We need DAX, so latency is not a concern.", false))
        .contains("latency")
        .doesNotContain("we", "need", "dax");
    assertThat(marked("A dedicated owner for end-to-end latency is overkill.", false))
        .contains("dedicated", "owner", "latency")
        .doesNotContain("overkill");
  }

  @Test
  void saidNotToHelpOrToBeAMythIsDismissed() {
    assertThat(marked("Using full jitter doesn't help here.", false)).contains("full", "jitter");
    assertThat(marked("Full jitter won't help us.", false)).contains("jitter");
    assertThat(marked("Coordinated omission is a myth.", false))
        .contains("coordinated", "omission");
    assertThat(marked("Full jitter makes no difference.", false)).contains("jitter");
    // a help that is not denied, and a denial in another clause, leave the mention alone
    assertThat(marked("Full jitter helps a lot.", false)).isEmpty();
    assertThat(marked("Caching helps reads, but it doesn't help writes.", false))
        .doesNotContain("caching", "reads");
  }

  @Test
  void aLaterStepAfterACommaDefersOnlyItself() {
    assertThat(marked("Priority is to stop the bleeding, understand later.", false))
        .contains("understand")
        .doesNotContain("stop", "bleeding");
    assertThat(marked("We need backoff, jitter later.", false))
        .contains("jitter")
        .doesNotContain("backoff");
    assertThat(marked("We should stop the bleeding, maybe later.", false))
        .contains("stop", "bleeding");
    assertThat(marked("Sharding can come later.", false)).contains("sharding");
  }

  @Test
  void whatFollowsWhetherIsAskedNotDenied() {
    assertThat(marked("We never know whether the first attempt landed.", true))
        .contains("know")
        .doesNotContain("first", "attempt", "landed");
  }

  @Test
  void callingAChangeFineKeepsTheIdea() {
    String text = "Counting declines as failures is fine.";
    List<Word> words = Words.scan(text);
    Shape shape = new Shape(text, words);
    assertThat(Dismissals.callsItFine(words, shape, 2)).isTrue();
    String other = "Failures are rare.";
    List<Word> w2 = Words.scan(other);
    assertThat(Dismissals.callsItFine(w2, new Shape(other, w2), 0)).isFalse();
  }

  @Test
  void aBoundIsNotARefusal() {
    assertThat(marked("Keep the pause no more than 5 seconds and alert on it.", true)).isEmpty();
    assertThat(marked("Ship by no later than Friday.", true)).isEmpty();
    assertThat(marked("No more manual deploys after this.", true)).contains("manual", "deploys");
    assertThat(marked("Retire a version never with less than 12 months' notice.", true)).isEmpty();
    assertThat(marked("Availability must never drop below 99.9% in a month.", true)).isEmpty();
    assertThat(marked("We never retire a version with less notice.", true))
        .as("a negated verb is still a refusal")
        .contains("retire", "version");
  }

  @Test
  void whatMustHappenUntilANegationLiftsIsSaid() {
    assertThat(marked("We don't call it done until we've failed over and back.", true))
        .containsExactly("call", "it", "done");
    assertThat(marked("Don't open the gate until the canary passes.", true))
        .containsExactly("open", "the", "gate");
  }

  @Test
  void aNegationInAnIfClauseEndsWhereTheMainClauseBegins() {
    assertThat(marked("If the leader can't reach etcd it stops dispatching.", true))
        .containsExactly("reach", "etcd");
    assertThat(marked("When a node doesn't answer we fence it.", true)).containsExactly("answer");
    assertThat(marked("We can't reach etcd and it stops dispatching.", true))
        .contains("reach", "etcd");
  }

  @Test
  void aDismissalWordThatNamesAKindOfThingDismissesNothing() {
    assertThat(marked("Switch off nice-to-have features during the peak.", false)).isEmpty();
    assertThat(marked("Optional fields are added with a default.", false)).isEmpty();
    assertThat(marked("Failed sends are retried later with backoff.", false)).isEmpty();
    assertThat(marked("Teams cut their waste by a third.", false)).isEmpty();
    assertThat(marked("Canary analysis is a nice-to-have.", false)).contains("canary", "analysis");
    assertThat(marked("Sharding now is premature optimization.", false)).contains("sharding");
    assertThat(marked("We can add the index later.", false)).contains("index");
    assertThat(marked("Game-day drills are a nice-to-have exercise.", false)).contains("drills");
    assertThat(marked("The migrations can be handled later.", false)).contains("migrations");
  }

  @Test
  void aNegationInsideAListItemEndsAtTheItemsComma() {
    assertThat(marked("We found customers charged with no order, refunds, disputes.", true))
        .containsExactly("order");
    assertThat(marked("Buckets: refunds, orders never shipped, disputes and chargebacks.", true))
        .containsExactly("shipped");
    assertThat(marked("Use a queue, not a lock, for these updates.", true))
        .containsExactly("a", "lock");
  }

  @Test
  void aListANegationOpensStaysUnderIt() {
    assertThat(marked("We'd ship it without retries, backoff or jitter.", true))
        .contains("retries", "backoff", "jitter");
    assertThat(marked("I'd use DynamoDB, not Cassandra, Mongo or Redis.", true))
        .contains("cassandra", "mongo", "redis");
    assertThat(marked("We don't need retries, backoff, jitter.", true))
        .contains("retries", "backoff", "jitter");
  }

  @Test
  void noLongerAboutTheNounBeforeItEndsWithItsVerb() {
    assertThat(marked("Delete data we no longer need and expire logs automatically.", true))
        .containsExactly("longer", "need");
    assertThat(marked("Data we no longer need to keep gets deleted by a lifecycle rule.", true))
        .containsExactly("longer", "need", "to", "keep");
    assertThat(marked("We no longer need the cache.", true)).contains("need", "cache");
    assertThat(marked("I think we no longer need the cache.", true)).contains("cache");
  }

  @Test
  void aRelativeClauseOfANegatedActionsObjectIsNotNegated() {
    assertThat(marked("I would not move anything that needs a synchronous answer.", true))
        .containsExactly("move", "anything");
    assertThat(marked("We never delete data that has a legal hold.", true))
        .containsExactly("delete", "data");
    assertThat(marked("Don't page anyone who is off shift.", true))
        .containsExactly("page", "anyone");
    // denying the thing denies what the clause says of it
    assertThat(marked("We don't have a job that checks the backups.", true))
        .contains("checks", "backups");
    assertThat(marked("There is no job that checks the backups.", true))
        .contains("checks", "backups");
    assertThat(marked("It's not something that needs attention now.", true))
        .contains("needs", "attention");
    assertThat(marked("We never found a log that explained it.", true)).contains("explained");
    // "that" as a complement or a determiner is no relative clause
    assertThat(marked("I don't tell the team that we moved it.", true)).contains("moved");
    assertThat(marked("We won't move that cache this quarter.", true)).contains("cache", "quarter");
  }

  @Test
  void nobodyAsASubjectNegatesItsPredicate() {
    assertThat(marked("Nobody checks the backups.", true))
        .containsExactly("checks", "the", "backups");
    assertThat(marked("Nobody owned the alerts, so I took them over.", true))
        .containsExactly("owned", "the", "alerts");
    assertThat(marked("We found nobody had checked the restore path.", true))
        .contains("checked", "restore", "path");
    assertThat(marked("Nobody else knew the schema.", true)).contains("knew", "schema");
    // not a subject: nothing is negated
    assertThat(marked("I told nobody about the outage.", true)).isEmpty();
    assertThat(marked("It was nobody's fault.", true)).isEmpty();
  }

  @Test
  void nobodyAfterANounNegatesOnlyItsVerb() {
    assertThat(marked("We built features nobody has asked for, and shipped them weekly.", true))
        .containsExactly("has", "asked", "for");
    assertThat(marked("The features nobody asked for cost us the most.", true))
        .containsExactly("asked", "for");
    assertThat(
            marked("\"A team that builds what nobody wants\" -> teams co-own the roadmap.", true))
        .containsExactly("wants");
    assertThat(marked("Something nobody can easily test is the failover path.", true))
        .containsExactly("can", "easily", "test");
    assertThat(marked("Anything no one reads gets archived.", true))
        .containsExactly("one", "reads");
  }

  @Test
  void aNegatedSubjectsObjectKeepsItsRelativeClause() {
    assertThat(marked("Nobody checks the job that runs at night.", true))
        .containsExactly("checks", "the", "job");
    assertThat(marked("No one reads the alert that fires at night.", true))
        .containsExactly("one", "reads", "the", "alert");
  }
}
