package dev.mockloop.line;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The answer editor on JLine terminals over piped streams, each read under a hard timeout. */
class AnswerReaderTest {
  private static final Duration LIMIT = Duration.ofSeconds(10);

  @ParameterizedTest(name = "dumb={0}")
  @ValueSource(booleans = {true, false})
  void aMultiLineAnswerEndsAtALineHoldingOnlyADot(boolean dumb) throws Exception {
    try (PipedTerminal t = new PipedTerminal(dumb)) {
      AnswerReader r = new AnswerReader(t.terminal(), true);
      t.type("First line: p99 under 10 ms.\nSecond line!\n  indented \\ backslash\n.\n");
      ReadOutcome read = assertTimeoutPreemptively(LIMIT, () -> r.answer("> ", ""));
      assertThat(read)
          .isEqualTo(
              new ReadOutcome.Submitted(
                  "First line: p99 under 10 ms.\nSecond line!\n  indented \\ backslash"));
    }
  }

  @Test
  void aDotInsideALineDoesNotEndTheAnswer() throws Exception {
    try (PipedTerminal t = new PipedTerminal(true)) {
      AnswerReader r = new AnswerReader(t.terminal(), true);
      t.type("Ends with a dot.\n. not alone\n .\n");
      ReadOutcome read = assertTimeoutPreemptively(LIMIT, () -> r.answer("> ", ""));
      assertThat(read).isEqualTo(new ReadOutcome.Submitted("Ends with a dot.\n. not alone"));
    }
  }

  @Test
  void ctrlDSubmitsTheTextAsItIs() throws Exception {
    try (PipedTerminal t = new PipedTerminal(false)) {
      AnswerReader r = new AnswerReader(t.terminal(), true);
      t.type("one\ntwo words\u0004");
      ReadOutcome read = assertTimeoutPreemptively(LIMIT, () -> r.answer("> ", ""));
      assertThat(read).isEqualTo(new ReadOutcome.Submitted("one\ntwo words"));
    }
  }

  @Test
  void onlyACookedTerminalWithAPersonTypingNeedsCtrlDTwice() throws Exception {
    try (PipedTerminal dumb = new PipedTerminal(true);
        PipedTerminal raw = new PipedTerminal(false)) {
      assertThat(new AnswerReader(dumb.terminal(), true).cooked()).isTrue();
      assertThat(new AnswerReader(dumb.terminal(), false).cooked()).isFalse();
      assertThat(new AnswerReader(raw.terminal(), true).cooked()).isFalse();
    }
  }

  @Test
  void ctrlDOnAnEmptyAnswerSubmitsItEmpty() throws Exception {
    try (PipedTerminal t = new PipedTerminal(false)) {
      AnswerReader r = new AnswerReader(t.terminal(), true);
      t.type("\u0004");
      ReadOutcome read = assertTimeoutPreemptively(LIMIT, () -> r.answer("> ", ""));
      assertThat(read).isEqualTo(new ReadOutcome.Submitted(""));
    }
  }

  @ParameterizedTest(name = "dumb={0}")
  @ValueSource(booleans = {true, false})
  void ctrlCKeepsThePartialLineAndTheLinesBefore(boolean dumb) throws Exception {
    try (PipedTerminal t = new PipedTerminal(dumb)) {
      AnswerReader r = new AnswerReader(t.terminal(), true);
      CompletableFuture<ReadOutcome> reading =
          CompletableFuture.supplyAsync(() -> r.answer("> ", ""));
      t.type("first line\nhalf a sec");
      awaitSnapshot(r, "half a sec");
      t.type("\u0003");
      ReadOutcome read = assertTimeoutPreemptively(LIMIT, () -> reading.get(10, TimeUnit.SECONDS));
      assertThat(read).isEqualTo(new ReadOutcome.Interrupted("first line\nhalf a sec"));
    }
  }

  /** Waits until the editor holds text ending with {@code tail}. */
  private static void awaitSnapshot(AnswerReader r, String tail) {
    assertTimeoutPreemptively(
        LIMIT,
        () -> {
          String last = "";
          while (!last.endsWith(tail)) {
            Thread.sleep(10);
            last = r.snapshot().orElse("");
          }
        },
        () -> "the editor never held text ending with " + tail);
  }

  @Test
  void theTextComesBackInTheEditorAfterCtrlC() throws Exception {
    try (PipedTerminal t = new PipedTerminal(false)) {
      AnswerReader r = new AnswerReader(t.terminal(), true);
      t.type(" and more\n.\n");
      ReadOutcome read = assertTimeoutPreemptively(LIMIT, () -> r.answer("> ", "kept draft"));
      assertThat(read).isEqualTo(new ReadOutcome.Submitted("kept draft and more"));
    }
  }

  @ParameterizedTest(name = "dumb={0}")
  @ValueSource(booleans = {true, false})
  void aTimeOutStopsTheReadWithWhatWasTyped(boolean dumb) throws Exception {
    try (PipedTerminal t = new PipedTerminal(dumb)) {
      AnswerReader r = new AnswerReader(t.terminal(), true);
      CompletableFuture<ReadOutcome> reading =
          CompletableFuture.supplyAsync(() -> r.answer("> ", ""));
      t.type("typed before the deadline\nstill typing");
      awaitSnapshot(r, "still typing");
      r.timeOut();
      ReadOutcome read = assertTimeoutPreemptively(LIMIT, () -> reading.get(10, TimeUnit.SECONDS));
      assertThat(read).isInstanceOf(ReadOutcome.TimedOut.class);
      assertThat(read.text()).startsWith("typed before the deadline\n");
      if (!dumb) {
        assertThat(read.text()).isEqualTo("typed before the deadline\nstill typing");
      }
    }
  }

  @Test
  void theEndOfPipedInputEndsTheAnswerWithItsText() throws Exception {
    try (PipedTerminal t = new PipedTerminal(true)) {
      AnswerReader r = new AnswerReader(t.terminal(), false);
      t.type("no terminator\nat all");
      t.endInput();
      ReadOutcome read = assertTimeoutPreemptively(LIMIT, () -> r.answer("> ", ""));
      assertThat(read).isEqualTo(new ReadOutcome.Ended("no terminator\nat all"));
    }
  }

  @Test
  void aYesNoQuestionReadsOneLine() throws Exception {
    try (PipedTerminal t = new PipedTerminal(true)) {
      AnswerReader r = new AnswerReader(t.terminal(), true);
      t.type("y\nnext\n.\n");
      assertThat(assertTimeoutPreemptively(LIMIT, () -> r.line("Quit? "))).contains("y");
      assertThat(assertTimeoutPreemptively(LIMIT, () -> r.answer("> ", "")))
          .isEqualTo(new ReadOutcome.Submitted("next"));
      t.endInput();
      assertThat(assertTimeoutPreemptively(LIMIT, () -> r.line("Again? ")))
          .isEqualTo(Optional.empty());
    }
  }

  @Test
  void ctrlCBetweenReadsStopsTheNextReadSoTheUserIsAsked() throws Exception {
    try (PipedTerminal t = new PipedTerminal(false)) {
      AnswerReader r = new AnswerReader(t.terminal(), true);
      r.interruptLater();
      assertThat(assertTimeoutPreemptively(LIMIT, () -> r.answer("> ", "draft so far")))
          .isEqualTo(new ReadOutcome.Interrupted("draft so far"));
      t.type("y\n");
      assertThat(assertTimeoutPreemptively(LIMIT, () -> r.line("Quit? "))).contains("y");
    }
  }

  @Test
  void aSnapshotIsEmptyWhenNoAnswerIsBeingRead() throws Exception {
    try (PipedTerminal t = new PipedTerminal(true)) {
      assertThat(new AnswerReader(t.terminal(), true).snapshot()).isEmpty();
    }
  }
}
