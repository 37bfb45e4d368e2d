package dev.mockloop.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mockloop.bank.Level;
import dev.mockloop.engine.FakeScorer;
import dev.mockloop.engine.MutableClock;
import dev.mockloop.engine.Phase;
import dev.mockloop.engine.PlanRequest;
import dev.mockloop.engine.RoundEvent;
import dev.mockloop.engine.RoundSettings;
import dev.mockloop.engine.TestBank;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A practice session's lifecycle through {@link PracticeRun}, read back from the disk. */
class PracticeRunTest {
  @TempDir Path dir;
  private final MutableClock clock = MutableClock.at("2026-11-29T08:00:00Z");
  private final FakeScorer scorer = new FakeScorer();

  @AfterEach
  void clear() {
    System.clearProperty("mockloop.rescue");
  }

  private SessionStore store() {
    return new SessionStore(dir.resolve("sessions"));
  }

  private PracticeRun dynamo() {
    return Sessions.dynamoRun(store(), scorer, clock);
  }

  private PracticeRun twoRoundsWithoutFollowUps() {
    return PracticeRun.start(
        store(),
        TestBank.bank(),
        scorer,
        clock,
        new PlanRequest(
            Level.L6,
            List.of(),
            List.of("dynamodb-vs-rds", "cache-aside"),
            2,
            5,
            new RoundSettings(0, 0, false)),
        StartAhead.none());
  }

  private Transcript onDisk(PracticeRun run) {
    return ((StoredSession.Readable) store().load(run.saves().id()).orElseThrow()).transcript();
  }

  private String draftOnDisk(PracticeRun run) {
    return onDisk(run).draft().map(Draft::text).orElse(null);
  }

  /** The draft in the transcript file itself, without the draft journal's newer keystrokes. */
  private String draftInTranscript(PracticeRun run) throws Exception {
    Path p = store().pathOf(run.saves().id());
    return TranscriptYaml.read(Files.readAllBytes(p), p.toString())
        .draft()
        .map(Draft::text)
        .orElse(null);
  }

  @Test
  void startPlansTheLoopAndItsFirstSaveComesAtSavePending() throws Exception {
    try (PracticeRun run = dynamo()) {
      run.savePending();
      assertThat(run.notice()).isEmpty();
      assertThat(run.state().phase()).isEqualTo(Phase.main());
      assertThat(run.saves().path())
          .isEqualTo(dir.resolve("sessions").resolve(run.saves().id() + ".yaml"));
      Transcript t = onDisk(run);
      assertThat(t.status()).isEqualTo(SessionStatus.IN_PROGRESS);
      assertThat(t.planned()).containsExactly("dynamodb-vs-rds");
    }
  }

  @Test
  void startLocksItsIdAndSavePendingSavesOnce() throws Exception {
    try (PracticeRun run = dynamo()) {
      Path sessions = dir.resolve("sessions");
      assertThat(run.saves().path()).doesNotExist();
      assertThat(OpenSession.heldByAnyone(sessions, run.saves().id())).isTrue();
      run.savePending();
      assertThat(onDisk(run).status()).isEqualTo(SessionStatus.IN_PROGRESS);
      assertThat(onDisk(run).planned()).containsExactly("dynamodb-vs-rds");
      Files.delete(run.saves().path());
      run.savePending(); // done already: nothing written again
      assertThat(run.saves().path()).doesNotExist();
    }
  }

  @Test
  void withoutSavePendingTheFirstEventSavesFirst() throws Exception {
    try (PracticeRun run = dynamo()) {
      run.on(RoundEvent.edit("p99"));
      assertThat(draftInTranscript(run)).isEqualTo("p99");
      clock.advanceSeconds(1);
      run.on(RoundEvent.edit("p99 of 2 ms"));
      assertThat(draftOnDisk(run)).isEqualTo("p99 of 2 ms");
    }
  }

  @Test
  void aRunEndedBeforeItsFirstSaveKeepsItsFinalStatus() throws Exception {
    try (PracticeRun run = dynamo()) {
      run.end();
      assertThat(onDisk(run).status()).isEqualTo(SessionStatus.ABANDONED);
      run.savePending(); // must not write "in progress" over the final status
      assertThat(onDisk(run).status()).isEqualTo(SessionStatus.ABANDONED);
    }
  }

  @Test
  void theTranscriptTakesTypingAtMostEveryTwoSecondsAndATickSavesWhatIsDue() throws Exception {
    try (PracticeRun run = dynamo()) {
      run.on(RoundEvent.edit("p99"));
      assertThat(draftInTranscript(run)).isEqualTo("p99");
      clock.advanceSeconds(1);
      run.on(RoundEvent.edit("p99 of 2 ms"));
      assertThat(draftInTranscript(run)).isEqualTo("p99");
      run.on(RoundEvent.tick());
      assertThat(draftInTranscript(run)).isEqualTo("p99");
      clock.advanceSeconds(1);
      run.on(RoundEvent.tick());
      assertThat(draftInTranscript(run)).isEqualTo("p99 of 2 ms");
      clock.advanceSeconds(1);
      run.on(RoundEvent.edit("p99 of 2 ms."));
      run.saveIfDue(); // line mode's timer: saves typing that is due without ticking the round
      assertThat(draftInTranscript(run)).isEqualTo("p99 of 2 ms");
      clock.advanceSeconds(2);
      run.saveIfDue();
      assertThat(draftInTranscript(run)).isEqualTo("p99 of 2 ms.");
    }
  }

  @Test
  void everyKeystrokeBetweenTranscriptSavesReachesTheDraftJournal() throws Exception {
    try (PracticeRun run = dynamo()) {
      run.on(RoundEvent.edit("p99"));
      Path journal = DraftJournal.pathOf(dir.resolve("sessions"), run.saves().id());
      assertThat(journal).doesNotExist(); // saved with the transcript: nothing newer to keep
      clock.advanceSeconds(1);
      run.on(RoundEvent.edit("p99 of 2 ms"));
      assertThat(draftInTranscript(run)).isEqualTo("p99");
      assertThat(journal).exists();
      assertThat(draftOnDisk(run)).isEqualTo("p99 of 2 ms"); // what a resume or review gets
      run.on(RoundEvent.edit("p99 of 2 ms at 10K"));
      assertThat(draftOnDisk(run)).isEqualTo("p99 of 2 ms at 10K");
      clock.advanceSeconds(1);
      run.on(RoundEvent.tick()); // the transcript save takes it and drops the journal
      assertThat(draftInTranscript(run)).isEqualTo("p99 of 2 ms at 10K");
      assertThat(journal).doesNotExist();
    }
  }

  @Test
  void aSubmittedAnswerAndEachFollowUpAreSavedAtOnceAndTheLastScoreCompletesTheSession()
      throws Exception {
    try (PracticeRun run = dynamo()) {
      run.on(RoundEvent.edit("DynamoDB: p99 of 2 ms, query patterns by id, cost per request."));
      clock.advanceSeconds(1); // within the autosave interval: only a phase change saves now
      assertThat(run.on(RoundEvent.submit()).phase()).isEqualTo(Phase.followUp(0));
      Transcript t = onDisk(run);
      assertThat(t.rounds().get(0).answer().text()).startsWith("DynamoDB: p99");
      assertThat(t.rounds().get(0).followUps()).isNotEmpty();
      assertThat(t.status()).isEqualTo(SessionStatus.IN_PROGRESS);

      run.on(RoundEvent.edit("Add OpenSearch"));
      run.on(RoundEvent.submit());
      assertThat(onDisk(run).rounds().get(0).followUps().get(0).answer().text())
          .isEqualTo("Add OpenSearch");
      while (run.state().phase().answering()) {
        run.on(RoundEvent.submit());
      }
      assertThat(run.loop().completed()).isTrue();
      assertThat(onDisk(run).status()).isEqualTo(SessionStatus.COMPLETED);
      assertThat(run.next()).isFalse();

      run.on(new RoundEvent.SelfRate(3)); // a verdict after the final save is saved too
      assertThat(onDisk(run).rounds().get(0).selfRating()).isEqualTo(3);
      assertThat(onDisk(run).status()).isEqualTo(SessionStatus.COMPLETED);
    }
  }

  @Test
  void nextStartsTheNextRoundAndSavesIt() throws Exception {
    try (PracticeRun run = twoRoundsWithoutFollowUps()) {
      assertThat(run.next()).isFalse(); // round 1 is not scored yet
      run.on(RoundEvent.edit("answer one"));
      run.on(RoundEvent.submit());
      assertThat(run.state().over()).isTrue();
      assertThat(onDisk(run).status()).isEqualTo(SessionStatus.IN_PROGRESS);
      assertThat(run.next()).isTrue();
      assertThat(run.state().round()).isEqualTo(2);
      assertThat(onDisk(run).rounds()).hasSize(2);
    }
  }

  @Test
  void endWhileAnsweringQuitsTheRoundAndKeepsTheDraftAsPaused() {
    PracticeRun run = dynamo();
    run.on(RoundEvent.edit("half an answer"));
    clock.advanceSeconds(1);
    run.on(RoundEvent.edit("half an answer, and more"));
    Transcript t = run.end();
    assertThat(run.state().phase().kind()).isEqualTo(Phase.Kind.QUIT);
    assertThat(t.status()).isEqualTo(SessionStatus.PAUSED);
    assertThat(onDisk(run).status()).isEqualTo(SessionStatus.PAUSED);
    assertThat(draftOnDisk(run)).isEqualTo("half an answer, and more");
    assertThat(store().unfinished()).extracting(Transcript::id).containsExactly(run.saves().id());
    // the resume offer says which answer was left, not just "quit"
    assertThat(onDisk(run).rounds().get(0).whereStopped()).isEqualTo("main, quit mid-answer");
  }

  @Test
  void endBetweenRoundsIsAbandonedWithoutQuittingTheScoredRound() {
    PracticeRun run = twoRoundsWithoutFollowUps();
    run.on(RoundEvent.edit("answer one"));
    run.on(RoundEvent.submit());
    assertThat(run.end().status()).isEqualTo(SessionStatus.ABANDONED);
    assertThat(run.state().phase()).isEqualTo(Phase.scored());
    assertThat(onDisk(run).rounds().get(0).answer().text()).isEqualTo("answer one");
  }

  @Test
  void endAfterTheLastRoundIsCompleted() {
    PracticeRun run = twoRoundsWithoutFollowUps();
    for (int round = 1; round <= 2; round++) {
      run.on(RoundEvent.edit("answer " + round));
      run.on(RoundEvent.submit());
      run.next();
    }
    assertThat(run.end().status()).isEqualTo(SessionStatus.COMPLETED);
    assertThat(run.end().status()).isEqualTo(SessionStatus.COMPLETED); // safe to call again
    assertThat(onDisk(run).rounds())
        .extracting(r -> r.answer().text())
        .containsExactly("answer 1", "answer 2");
  }

  @Test
  void resumeContinuesAKilledSessionWithItsDraft() throws Exception {
    PracticeRun first = dynamo();
    first.on(RoundEvent.edit("typed before the kill"));
    first.close(); // the lock goes, the status stays in progress: as after a kill
    clock.advanceSeconds(3600);

    Transcript t = store().unfinished().get(0);
    try (PracticeRun run = PracticeRun.resume(store(), t, TestBank.bank(), scorer, clock)) {
      assertThat(run.saves().id()).isEqualTo(first.saves().id());
      assertThat(run.state().draft()).isEqualTo("typed before the kill");
      run.on(RoundEvent.submit());
      assertThat(onDisk(run).rounds().get(0).answer().text()).isEqualTo("typed before the kill");
    }
  }

  @Test
  void resumingALoopWhoseRoundsWereAllScoredSavesItCompleted() throws Exception {
    PracticeRun first = dynamo();
    while (first.state().phase().answering()) {
      first.loop().current().on(RoundEvent.submit()); // scored, but killed before any save
    }
    first.emergencySave();
    first.close();
    assertThat(onDisk(first).status()).isEqualTo(SessionStatus.IN_PROGRESS);

    Transcript t = store().unfinished().get(0);
    try (PracticeRun run = PracticeRun.resume(store(), t, TestBank.bank(), scorer, clock)) {
      assertThat(onDisk(run).status()).isEqualTo(SessionStatus.COMPLETED);
    }
  }

  @Test
  void emergencySaveKeepsTheTypedTextBeforeTheAutosaveIsDue() throws Exception {
    try (PracticeRun run = dynamo()) {
      run.on(RoundEvent.edit("first words"));
      clock.advanceSeconds(1);
      run.on(RoundEvent.edit("first words and the last ones"));
      assertThat(draftInTranscript(run)).isEqualTo("first words");
      assertThat(run.emergencySave()).contains(run.saves().path());
      assertThat(draftInTranscript(run)).isEqualTo("first words and the last ones");
      assertThat(onDisk(run).status()).isEqualTo(SessionStatus.IN_PROGRESS);
      assertThat(run.interruptSave())
          .isEqualTo("Your answers so far are saved in " + run.saves().path() + ".");
    }
  }

  @Test
  void emergencySaveIntoAFolderThatFailsWritesARescueCopyWithTheTypedText() throws Exception {
    Path rescue = Files.createDirectories(dir.resolve("rescue"));
    System.setProperty("mockloop.rescue", rescue.toString());
    PracticeRun run = dynamo();
    run.on(RoundEvent.edit("words that must survive"));
    Path sessions = dir.resolve("sessions");
    try (var files = Files.walk(sessions)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
    Files.writeString(sessions, "a file where the folder was: nothing can be saved inside");

    Path copy = run.emergencySave().orElseThrow();
    assertThat(copy.getParent()).isEqualTo(rescue);
    assertThat(Files.readString(copy)).contains("words that must survive");
    assertThat(run.saves().savedPath()).isEqualTo(copy);
    assertThat(run.interruptSave()).contains("not taking saves", "rescue copy: " + copy);
  }

  @Test
  void aRoundFromAnotherLoopIsRefused() {
    PracticeRun run = dynamo();
    PracticeRun other = twoRoundsWithoutFollowUps();
    assertThatThrownBy(() -> run.on(other.loop().current(), RoundEvent.submit()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(other.state().phase()).isEqualTo(Phase.main());
  }
}
