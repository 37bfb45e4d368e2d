package dev.mockloop.line;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.mockloop.bank.Bank;
import dev.mockloop.bank.Level;
import dev.mockloop.engine.Loop;
import dev.mockloop.engine.MutableClock;
import dev.mockloop.engine.PlanRequest;
import dev.mockloop.engine.RoundSettings;
import dev.mockloop.engine.TestBank;
import dev.mockloop.scoring.Scorer;
import dev.mockloop.session.PracticeRun;
import dev.mockloop.session.SessionStatus;
import dev.mockloop.session.SessionStore;
import dev.mockloop.session.StoredSession;
import dev.mockloop.session.Transcript;
import dev.mockloop.session.TranscriptRound;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whole practice rounds in line mode on piped JLine terminals: the engine, scorer, store and
 * autosave are the real ones; the clock is the test's, so the time-out needs no waiting.
 */
class LineModeTest {
  private static final Duration LIMIT = Duration.ofSeconds(20);
  private static final String MAIN =
      "I would choose DynamoDB: p99 reads in single-digit ms.\n"
          + "The access pattern is key-value, and cost stays low at $0.25 per million reads.";

  @TempDir Path sessions;
  private final Bank bank = TestBank.bank();
  private final MutableClock clock = MutableClock.at("2026-01-05T10:00:00Z");

  private LineContext ctx(boolean interactive, RoundSettings settings) {
    if (!java.nio.file.Files.exists(sessions.resolve(dev.mockloop.session.UserState.FILE))) {
      // these tests predate the self-rating step: "don't ask again" unless a test set .state
      new dev.mockloop.session.UserState(sessions).rememberSelfRate(false);
    }
    return new LineContext(
        bank,
        new Scorer(bank.glossary()),
        new SessionStore(sessions),
        clock,
        false,
        interactive,
        settings,
        Duration.ofMillis(20));
  }

  private static Optional<PlanRequest> dynamo(RoundSettings settings) {
    return Optional.of(
        new PlanRequest(Level.L6, List.of(), List.of("dynamodb-vs-rds"), 1, 1L, settings));
  }

  private Transcript only() {
    List<StoredSession> all = new SessionStore(sessions).list();
    assertThat(all).hasSize(1);
    return ((StoredSession.Readable) all.get(0)).transcript();
  }

  @Test
  void pipedAnswersAreScoredShownAndSaved() throws Exception {
    try (PipedTerminal t = new PipedTerminal(true)) {
      t.type(
          MAIN
              + "\n.\nOn-demand mode at 10x; compare with provisioned.\n.\n"
              + "A hybrid: stream changes to OpenSearch!\n.\n");
      t.endInput();
      List<Path> saved =
          assertTimeoutPreemptively(
              LIMIT,
              () ->
                  LineMode.run(
                      ctx(false, RoundSettings.DEFAULT),
                      dynamo(RoundSettings.DEFAULT),
                      t.terminal()));
      String out = t.output();
      assertThat(out)
          .contains(
              "Question",
              "Choose between DynamoDB and RDS",
              "The interviewer follows up:",
              "How would cost change at 10x?",
              "What if you need complex queries later?",
              "Results · L6 · Round 1 of 1",
              "Score ",
              "By dimension (main answer)",
              "Time used",
              "Level read",
              "Covered 3 of 3",
              "- matched: \"p99\"",
              "[p99]",
              "Model answer: mockloop questions show dynamodb-vs-rds",
              "Loop complete: average",
              "Transcript saved to " + saved.get(0));
      assertThat(out).doesNotContain("WARNING", "Exception");
      assertThat(out.indexOf("E-commerce product catalog; flash sales."))
          .as("the whole context" + " before the answer prompt")
          .isPositive()
          .isLessThan(out.indexOf("End the answer with a line"));
      Transcript tr = only();
      assertThat(tr.status()).isEqualTo(SessionStatus.COMPLETED);
      TranscriptRound r = tr.rounds().get(0);
      assertThat(r.answer().text()).isEqualTo(MAIN);
      assertThat(r.followUps())
          .extracting(f -> f.answer().text())
          .containsExactly(
              "On-demand mode at 10x; compare with provisioned.",
              "A hybrid: stream changes to OpenSearch!");
      assertThat(r.score()).isNotNull();
    }
  }

  /** Runs on piped input that ends after {@code typed}; returns what the run threw. */
  private InputEnded endsEarly(String typed) throws Exception {
    try (PipedTerminal t = new PipedTerminal(true)) {
      t.type(typed);
      t.endInput();
      InputEnded e =
          org.junit.jupiter.api.Assertions.assertThrows(
              InputEnded.class,
              () ->
                  assertTimeoutPreemptively(
                      LIMIT,
                      () ->
                          LineMode.run(
                              ctx(false, RoundSettings.DEFAULT),
                              dynamo(RoundSettings.DEFAULT),
                              t.terminal())));
      assertThat(t.output()).doesNotContain("Session saved as");
      return e;
    }
  }

  @Test
  void inputThatEndsInTheMiddleOfAnAnswerKeepsItAsTheDraftOfAPausedSession() throws Exception {
    InputEnded e = endsEarly("Only a main answer,\nno terminator");
    Transcript tr = only();
    assertThat(tr.status()).isEqualTo(SessionStatus.PAUSED);
    assertThat(tr.rounds().get(0).answer()).as("not submitted: no '.' line sent it").isNull();
    assertThat(tr.draft())
        .hasValueSatisfying(
            d -> assertThat(d.text()).isEqualTo("Only a main answer,\nno terminator"));
    assertThat(e.saved()).isEqualTo(sessions.resolve(tr.id() + ".yaml"));
    assertThat(e.getMessage())
        .contains(
            "the input ended in the middle of the main answer of round 1 of 1",
            "no line holding only '.' sent it",
            "Your draft (6 words) is saved; the session is paused: " + e.saved(),
            "run 'mockloop --sessions " + sessions.toAbsolutePath() + " practice' in a terminal",
            "r resumes it");
    // the next start offers it back, the draft in the editor
    Loop resumed =
        dev.mockloop.session.Recovery.resume(tr, bank, new Scorer(bank.glossary()), clock);
    assertThat(resumed.current().state().draft()).isEqualTo("Only a main answer,\nno terminator");
    assertThat(new SessionStore(sessions).unfinished())
        .extracting(Transcript::id)
        .contains(tr.id());
  }

  @Test
  void inputThatEndsBeforeAFollowUpIsAnsweredPausesAtThatFollowUp() throws Exception {
    InputEnded e = endsEarly(MAIN + "\n.\n");
    Transcript tr = only();
    assertThat(tr.status()).isEqualTo(SessionStatus.PAUSED);
    assertThat(tr.rounds().get(0).answer().text()).isEqualTo(MAIN);
    assertThat(tr.rounds().get(0).score()).as("the round is not over").isNull();
    assertThat(e.getMessage())
        .contains(
            "the input ended at follow-up 1 of 2 of round 1 of 1",
            "Your answers so far are saved; the session is paused");
    Loop resumed =
        dev.mockloop.session.Recovery.resume(tr, bank, new Scorer(bank.glossary()), clock);
    assertThat(resumed.current().state().phase().followUp()).isZero();
  }

  @Test
  void inputWithNoAnswerAtAllLeavesNothingToResume() throws Exception {
    InputEnded e = endsEarly("");
    assertThat(only().status()).isEqualTo(SessionStatus.ABANDONED);
    assertThat(e.getMessage())
        .contains("No answer came, so there is nothing to resume", "saved as abandoned");
  }

  @Test
  void atTheDeadlineTheTypedTextIsSubmittedAsTimedOut() throws Exception {
    RoundSettings noFollowUps = new RoundSettings(0, 0, false);
    try (PipedTerminal t = new PipedTerminal(false)) {
      CompletableFuture<List<Path>> run =
          CompletableFuture.supplyAsync(
              () -> LineMode.run(ctx(true, noFollowUps), dynamo(noFollowUps), t.terminal()));
      awaitOutput(t, "You have 12:00");
      t.type("p99 matters\nand this line is half");
      awaitDraft("and this line is half");
      clock.advance(Duration.ofMinutes(12));
      goOnWithoutMarking(t);
      awaitOutput(t, "Show the model answer? [y/N]");
      assertThat(t.output())
          .contains(
              "Time is up: your answer was submitted as typed (7 words)",
              "(timed out: submitted at 0:00)");
      t.type("y\n");
      assertTimeoutPreemptively(LIMIT, () -> run.get(20, TimeUnit.SECONDS));
      assertThat(t.output()).contains("Model answer: DynamoDB with DAX.");
      var main = only().rounds().get(0).answer();
      assertThat(main.text()).isEqualTo("p99 matters\nand this line is half");
      assertThat(main.timedOut()).isTrue();
      assertThat(main.secondsUsed()).isEqualTo(720);
      assertThat(only().status()).isEqualTo(SessionStatus.COMPLETED);
    }
  }

  @Test
  void ctrlCAsksAndYesQuitsWithTheDraftSaved() throws Exception {
    try (PipedTerminal t = new PipedTerminal(false)) {
      CompletableFuture<List<Path>> run =
          typeThenCtrlC(t, RoundSettings.DEFAULT, "my partial answer");
      assertThat(only().draft())
          .hasValueSatisfying(d -> assertThat(d.text()).isEqualTo("my partial answer"));
      t.type("y\n");
      assertTimeoutPreemptively(LIMIT, () -> run.get(20, TimeUnit.SECONDS));
      Transcript tr = only();
      assertThat(tr.status()).isEqualTo(SessionStatus.PAUSED);
      assertThat(tr.draft())
          .hasValueSatisfying(d -> assertThat(d.text()).isEqualTo("my partial answer"));
      assertThat(t.output())
          .contains("Session saved as paused", "the next start offers to resume it");
    }
  }

  @Test
  void ctrlCThenNoGoesBackToTheAnswerWithItsText() throws Exception {
    try (PipedTerminal t = new PipedTerminal(false)) {
      CompletableFuture<List<Path>> run =
          typeThenCtrlC(t, new RoundSettings(0, 0, false), "started");
      t.type("n\n");
      awaitOutput(t, "Back to your answer");
      t.type(" and finished\n.\n");
      goOnWithoutMarking(t);
      awaitOutput(t, "Show the model answer? [y/N]");
      t.type("\n");
      assertTimeoutPreemptively(LIMIT, () -> run.get(20, TimeUnit.SECONDS));
      assertThat(only().rounds().get(0).answer().text()).isEqualTo("started and finished");
      assertThat(only().status()).isEqualTo(SessionStatus.COMPLETED);
    }
  }

  @Test
  void aReplyToQuitThatIsNotYesOrNoIsKeptInTheAnswerAndTheQuestionAskedAgain() throws Exception {
    try (PipedTerminal t = new PipedTerminal(false)) {
      CompletableFuture<List<Path>> run =
          typeThenCtrlC(t, new RoundSettings(0, 0, false), "started");
      t.type("n and more\n");
      awaitOutput(t, "it was added to your answer");
      awaitDraft("started\nn and more");
      t.type("nope\n");
      awaitDraft("started\nn and more\nnope");
      t.type("no\n");
      awaitOutput(t, "Back to your answer");
      t.type(" to the end\n.\n");
      goOnWithoutMarking(t);
      awaitOutput(t, "Show the model answer? [y/N]");
      t.type("\n");
      assertTimeoutPreemptively(LIMIT, () -> run.get(20, TimeUnit.SECONDS));
      assertThat(only().rounds().get(0).answer().text())
          .isEqualTo("started\nn and more\nnope to the end");
      assertThat(t.output()).containsOnlyOnce("Back to your answer");
    }
  }

  /** A session a killed run left behind: in progress, with a draft of the main answer. */
  private String unfinished(RoundSettings settings) throws Exception {
    var loop =
        dev.mockloop.engine.Loop.start(
            dev.mockloop.engine.LoopPlanner.plan(bank, dynamo(settings).orElseThrow()),
            new Scorer(bank.glossary()),
            clock);
    PracticeRun run = PracticeRun.start(new SessionStore(sessions), loop, clock);
    run.on(dev.mockloop.engine.RoundEvent.edit("draft before the crash"));
    run.emergencySave();
    run.close();
    return run.saves().id();
  }

  @Test
  void anUnfinishedSessionIsOfferedAndResumedWithItsDraft() throws Exception {
    RoundSettings noFollowUps = new RoundSettings(0, 0, false);
    String id = unfinished(noFollowUps);
    try (PipedTerminal t = new PipedTerminal(false)) {
      CompletableFuture<List<Path>> run =
          CompletableFuture.supplyAsync(
              () -> LineMode.run(ctx(true, noFollowUps), Optional.empty(), t.terminal()));
      awaitOutput(t, "r resume it, k keep it as recovered");
      assertThat(t.output()).contains("A practice session did not finish", id, "Draft     4 words");
      t.type("r\n");
      awaitOutput(t, "Your saved draft is in the editor");
      t.type(" and after it\n.\n");
      goOnWithoutMarking(t);
      awaitOutput(t, "Show the model answer? [y/N]");
      t.type("\n");
      assertThat(assertTimeoutPreemptively(LIMIT, () -> run.get(20, TimeUnit.SECONDS)))
          .containsExactly(sessions.resolve(id + ".yaml"));
    }
    Transcript tr = only();
    assertThat(tr.status()).isEqualTo(SessionStatus.COMPLETED);
    assertThat(tr.rounds().get(0).answer().text()).isEqualTo("draft before the crash and after it");
  }

  @Test
  void pipedInputLeavesUnfinishedSessionsForLater() throws Exception {
    unfinished(RoundSettings.DEFAULT);
    try (PipedTerminal t = new PipedTerminal(true)) {
      t.type("answer\n.\nfollow-up one\n.\nfollow-up two\n.\n");
      t.endInput();
      assertTimeoutPreemptively(
          LIMIT,
          () ->
              LineMode.run(
                  ctx(false, RoundSettings.DEFAULT), dynamo(RoundSettings.DEFAULT), t.terminal()));
      assertThat(t.output())
          .contains("1 unfinished session in " + sessions + " were left as they are");
    }
    List<SessionStatus> statuses =
        new SessionStore(sessions)
            .list().stream().map(s -> ((StoredSession.Readable) s).transcript().status()).toList();
    assertThat(statuses)
        .containsExactlyInAnyOrder(SessionStatus.IN_PROGRESS, SessionStatus.COMPLETED);
  }

  private static final String MARK = "Mark a missed point as covered? (number, or Enter to go on)";
  private static final String SAID =
      "I would choose DynamoDB.\nWe only ever read a product by" + " its id, never scan.\n";

  /** The question after the results: Enter goes on without marking anything. */
  private static void goOnWithoutMarking(PipedTerminal t) {
    awaitOutput(t, MARK);
    t.type("\n");
  }

  @Test
  void afterTheResultsAMissedPointIsMarkedCoveredBySentenceNumber() throws Exception {
    RoundSettings noFollowUps = new RoundSettings(0, 0, false);
    try (PipedTerminal t = new PipedTerminal(false)) {
      CompletableFuture<List<Path>> run =
          CompletableFuture.supplyAsync(
              () -> LineMode.run(ctx(true, noFollowUps), dynamo(noFollowUps), t.terminal()));
      awaitOutput(t, "You have 12:00");
      t.type(SAID + ".\n");
      awaitOutput(t, MARK);
      assertThat(t.output())
          .contains(
              "I covered this: points the scorer missed",
              "  1. Main answer · ✗ Point latency-fit",
              "  2. Main answer · ✗ Point query-patterns",
              "  3. Main answer · ✗ Point cost");
      t.type("9\n");
      awaitOutput(t, "Type a number from 1 to 3, or just Enter.");
      t.type("2\n");
      awaitOutput(t, "Sentence number (Enter to cancel)");
      assertThat(t.output())
          .contains(
              "Which sentence of your answer says \"Point" + " query-patterns\"?",
              "  1. I would choose DynamoDB.",
              "  2. We only ever read a product by its id, never scan.");
      t.type("2\n");
      awaitOutput(t, "Mark another missed point as covered?");
      assertThat(t.output().replaceAll("\\s+", " "))
          .contains(
              "Marked covered: Point query-patterns"
                  + " (you said: \"We only ever read a product by its id, never scan.\"). Saved.");
      var disputes = only().rounds().get(0).answer().disputes();
      assertThat(disputes)
          .singleElement()
          .satisfies(
              d -> {
                assertThat(d.pointId()).isEqualTo("query-patterns");
                assertThat(d.start()).isEqualTo(25);
                assertThat(SAID.substring(d.start(), d.end())).isEqualTo(d.sentence());
              });
      t.type("2\n");
      awaitOutput(t, "Mark taken back: query-patterns");
      assertThat(only().rounds().get(0).answer().disputes()).isEmpty();
      t.type("2\n2\n");
      assertTimeoutPreemptively(
          LIMIT,
          () -> {
            while (only().rounds().get(0).answer().disputes().isEmpty()) {
              Thread.sleep(10);
            }
          });
      finishWithoutTheModelAnswer(t, run);
      assertThat(only().status()).isEqualTo(SessionStatus.COMPLETED);
      assertThat(only().rounds().get(0).answer().disputed("query-patterns")).isTrue();
    }
  }

  /** Starts a one-answer round with the self-rating on (the default) and submits the answer. */
  private CompletableFuture<List<Path>> answerWithRatingOn(PipedTerminal t) throws Exception {
    java.nio.file.Files.writeString(
        sessions.resolve(dev.mockloop.session.UserState.FILE), "last_level=L6\n");
    RoundSettings noFollowUps = new RoundSettings(0, 0, false);
    CompletableFuture<List<Path>> run =
        CompletableFuture.supplyAsync(
            () -> LineMode.run(ctx(true, noFollowUps), dynamo(noFollowUps), t.terminal()));
    awaitOutput(t, "You have 12:00");
    t.type(SAID + ".\n");
    return run;
  }

  /** Leaves the results, declines the model answer and waits for the run to end. */
  private static void finishWithoutTheModelAnswer(
      PipedTerminal t, CompletableFuture<List<Path>> run) {
    t.type("\n");
    awaitOutput(t, "Show the model answer? [y/N]");
    t.type("\n");
    assertTimeoutPreemptively(LIMIT, () -> run.get(20, TimeUnit.SECONDS));
  }

  @Test
  void beforeTheScoreTheUserRatesTheRoundAndTheResultsShowBoth() throws Exception {
    try (PipedTerminal t = new PipedTerminal(false)) {
      CompletableFuture<List<Path>> run = answerWithRatingOn(t);
      awaitOutput(t, "Rate it 0-4, Enter to skip, n to stop asking: ");
      assertThat(t.output()).doesNotContain("Grade band");
      t.type("7\n");
      awaitOutput(t, "Type one digit 0-4");
      t.type("2\n");
      awaitOutput(t, MARK);
      assertThat(t.output()).contains("You: 2 partial · Scorer: ");
      assertThat(only().rounds().get(0).selfRating()).isEqualTo(2);
      finishWithoutTheModelAnswer(t, run);
      assertThat(only().rounds().get(0).selfRating()).isEqualTo(2);
    }
  }

  @Test
  void anNTypedOnAfterTheAnswerDoesNotAnswerTheRating() throws Exception {
    try (PipedTerminal t = new PipedTerminal(false)) {
      java.nio.file.Files.writeString(
          sessions.resolve(dev.mockloop.session.UserState.FILE), "last_level=L6\n");
      RoundSettings noFollowUps = new RoundSettings(0, 0, false);
      CompletableFuture<List<Path>> run =
          CompletableFuture.supplyAsync(
              () -> LineMode.run(ctx(true, noFollowUps), dynamo(noFollowUps), t.terminal()));
      awaitOutput(t, "You have 12:00");
      t.type(SAID + ".\ndunno\nn\n"); // the answer, then keys typed on as the screen changed
      awaitOutput(t, "Rate it 0-4, Enter to skip, n to stop asking: ");
      t.type("2\n");
      awaitOutput(t, MARK);
      assertThat(t.output()).contains("You: 2 partial · Scorer: ").doesNotContain("Not asking");
      assertThat(new dev.mockloop.session.UserState(sessions).selfRate()).isTrue();
      finishWithoutTheModelAnswer(t, run);
      assertThat(only().rounds().get(0).selfRating()).isEqualTo(2);
      assertThat(only().rounds().get(0).answer().text()).isEqualTo(SAID.strip());
    }
  }

  @Test
  void nAtTheRatingStopsAskingForGood() throws Exception {
    try (PipedTerminal t = new PipedTerminal(false)) {
      CompletableFuture<List<Path>> run = answerWithRatingOn(t);
      awaitOutput(t, "Rate it 0-4");
      t.type("n\n");
      awaitOutput(t, MARK);
      assertThat(t.output())
          .contains("Not asking again; `mockloop practice --self-rate`")
          .doesNotContain("You: ");
      assertThat(new dev.mockloop.session.UserState(sessions).selfRate()).isFalse();
      finishWithoutTheModelAnswer(t, run);
      assertThat(only().rounds().get(0).selfRating()).isNull();
    }
  }

  @Test
  void aScriptMarksPointsAfterItsLastAnswer() throws Exception {
    try (PipedTerminal t = new PipedTerminal(true)) {
      t.type(
          SAID
              + ".\nOn-demand mode at 10x.\n.\nA hybrid: stream changes to OpenSearch!"
              + "\n.\n2\n2\n3\n1\n");
      t.endInput();
      assertTimeoutPreemptively(
          LIMIT,
          () ->
              LineMode.run(
                  ctx(false, RoundSettings.DEFAULT), dynamo(RoundSettings.DEFAULT), t.terminal()));
      assertThat(t.output())
          .contains(
              "Marked covered: Point query-patterns",
              "Marked covered: Point cost",
              "Loop complete");
      Transcript tr = only();
      assertThat(tr.status()).isEqualTo(SessionStatus.COMPLETED);
      assertThat(tr.rounds().get(0).answer().disputes())
          .extracting(d -> d.pointId() + ": " + d.sentence())
          .containsExactly(
              "query-patterns: We only ever read a product by its id, never scan.",
              "cost: I would choose DynamoDB.");
    }
  }

  @Test
  void aScriptWithNothingAfterItsAnswersIsNotAsked() throws Exception {
    try (PipedTerminal t = new PipedTerminal(true)) {
      t.type(SAID + ".\nOn-demand mode at 10x.\n.\nA hybrid.\n.\n");
      t.endInput();
      assertTimeoutPreemptively(
          LIMIT,
          () ->
              LineMode.run(
                  ctx(false, RoundSettings.DEFAULT), dynamo(RoundSettings.DEFAULT), t.terminal()));
      assertThat(t.output()).contains("Loop complete").doesNotContain("I covered this", MARK);
      assertThat(only().rounds().get(0).answer().disputes()).isEmpty();
    }
  }

  /**
   * Starts the DynamoDB round in line mode, types {@code text} into the main answer (saved as the
   * draft), then presses Ctrl-C; returns once the quit question is shown.
   */
  private CompletableFuture<List<Path>> typeThenCtrlC(
      PipedTerminal t, RoundSettings settings, String text) {
    CompletableFuture<List<Path>> run =
        CompletableFuture.supplyAsync(
            () -> LineMode.run(ctx(true, settings), dynamo(settings), t.terminal()));
    awaitOutput(t, "You have 12:00");
    t.type(text);
    awaitDraft(text);
    t.type("\u0003");
    awaitOutput(t, "Quit mockloop? [y/N]");
    return run;
  }

  private static void awaitOutput(PipedTerminal t, String text) {
    assertTimeoutPreemptively(
        LIMIT,
        () -> {
          while (!t.output().contains(text)) {
            Thread.sleep(10);
          }
        },
        () -> "never printed " + text + "; output so far:\n" + t.output());
  }

  /** Waits until the autosaved draft ends with {@code text} (moving the clock past autosave). */
  private void awaitDraft(String text) {
    assertTimeoutPreemptively(
        LIMIT,
        () -> {
          while (true) {
            clock.advance(Duration.ofSeconds(3));
            List<StoredSession> all = new SessionStore(sessions).list();
            if (all.size() == 1
                && all.get(0) instanceof StoredSession.Readable r
                && r.transcript().draft().map(d -> d.text().endsWith(text)).orElse(false)) {
              return;
            }
            Thread.sleep(20);
          }
        },
        () -> "the draft never reached the disk as: " + text);
  }
}
