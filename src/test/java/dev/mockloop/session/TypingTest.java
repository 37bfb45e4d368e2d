package dev.mockloop.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockloop.engine.FakeScorer;
import dev.mockloop.engine.MutableClock;
import dev.mockloop.engine.Phase;
import dev.mockloop.engine.RoundEvent;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An answer kept by the front end, handed to the round lazily ({@link Typing}). */
class TypingTest {
  @TempDir Path dir;
  private final MutableClock clock = MutableClock.at("2026-11-29T08:00:00Z");

  private SessionStore store() {
    return new SessionStore(dir.resolve("sessions"));
  }

  private PracticeRun dynamo() {
    return Sessions.dynamoRun(store(), new FakeScorer(), clock);
  }

  private Transcript onDisk(PracticeRun run) {
    return ((StoredSession.Readable) store().load(run.saves().id()).orElseThrow()).transcript();
  }

  /** The editor's text, counting how often it is read. */
  private static final class Editor implements Supplier<String> {
    final StringBuilder text = new StringBuilder();
    final AtomicInteger reads = new AtomicInteger();

    @Override
    public String get() {
      reads.incrementAndGet();
      return text.toString();
    }
  }

  @Test
  void manyChangesAreReadOnceAndSavedAsOneEdit() throws Exception {
    try (PracticeRun run = dynamo()) {
      Editor editor = new Editor();
      for (char c : "a thousand keys, say".toCharArray()) {
        editor.text.append(c);
        run.typing().changed(Phase.main(), editor);
      }
      assertThat(editor.reads).hasValue(0);
      assertThat(run.state().draft()).isEmpty(); // not handed over yet
      run.typing().send();
      assertThat(editor.reads).hasValue(1);
      assertThat(run.state().draft()).isEqualTo("a thousand keys, say");
      assertThat(onDisk(run).draft().orElseThrow().text()).isEqualTo("a thousand keys, say");
      run.typing().send(); // nothing changed since
      assertThat(editor.reads).hasValue(1);
    }
  }

  @Test
  void everyEventSaveAndEndTakesWhatWasTypedFirst() throws Exception {
    PracticeRun run = dynamo();
    Editor editor = new Editor();
    editor.text.append("typed before Ctrl-C");
    run.typing().changed(Phase.main(), editor);
    run.emergencySave(); // Ctrl-C, SIGTERM
    assertThat(onDisk(run).draft().orElseThrow().text()).isEqualTo("typed before Ctrl-C");

    editor.text.append(", then submitted");
    run.typing().changed(Phase.main(), editor);
    run.on(RoundEvent.submit());
    assertThat(onDisk(run).rounds().get(0).answer().text())
        .isEqualTo("typed before Ctrl-C, then submitted");

    Editor followUp = new Editor();
    followUp.text.append("half a follow-up, then Esc");
    run.typing().changed(run.state().phase(), followUp);
    Transcript left = run.end();
    assertThat(left.draft().orElseThrow().text()).isEqualTo("half a follow-up, then Esc");
  }

  @Test
  void aTimeOutSubmitsWhatWasTypedAndAStaleEditorDoesNotTypeIntoTheNextQuestion() throws Exception {
    try (PracticeRun run = dynamo()) {
      Editor editor = new Editor();
      editor.text.append("typed up to the deadline");
      run.typing().changed(Phase.main(), editor);
      clock.advanceSeconds(2 * 60 * 60); // past any main question's minutes
      run.on(RoundEvent.tick());
      assertThat(run.state().phase().kind()).isEqualTo(Phase.Kind.FOLLOW_UP);
      assertThat(run.state().answers().get(0).text()).isEqualTo("typed up to the deadline");
      assertThat(run.state().answers().get(0).timedOut()).isTrue();

      editor.text.append(" and on"); // the old editor, before the screen moved on
      run.typing().changed(Phase.main(), editor);
      run.typing().send();
      assertThat(run.state().draft()).isEmpty();
      assertThat(run.state().answers().get(0).text()).isEqualTo("typed up to the deadline");
    }
  }
}
