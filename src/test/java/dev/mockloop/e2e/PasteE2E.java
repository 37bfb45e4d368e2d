package dev.mockloop.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockloop.session.SessionStore;
import dev.mockloop.session.StoredSession;
import dev.mockloop.session.Transcript;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 20,000-word answer pasted into a real terminal (tmux's paste buffer, 80x24): the screen keeps
 * up (it froze for 10-40 s when every key sent the whole answer on), and Ctrl-C saves all of it.
 */
@Tag("e2e")
class PasteE2E {
  private static final Duration START = Duration.ofSeconds(60);
  private static final Duration STEP = Duration.ofSeconds(15);

  /** Main took 40 s for this paste on the shared test machine; now it is about a second. */
  private static final Duration PASTE = Duration.ofSeconds(10);

  @TempDir Path sessions;

  private final Path project = Path.of(System.getProperty("user.dir"));

  @BeforeEach
  void noSelfRating() throws java.io.IOException {
    Tmux.skipSelfRating(sessions);
  }

  /** {@code words} words in lines of 40 and a marker at the end. */
  private static String answer(int words) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < words; i++) {
      sb.append(i % 40 == 39 ? "latency" + i + ".\n" : "word" + i + " ");
    }
    return sb.append("END-OF-PASTE").toString();
  }

  /** A round at 80x24 with its answer editor open. */
  private Tmux answering() throws Exception {
    String command =
        "./mockloop --sessions " + sessions + " practice --level L6 --scenario dynamodb-vs-rds";
    Tmux t = new Tmux(project, command, 80, 24);
    try {
      t.waitFor("Enter start answering", START);
      t.keys("Enter");
      t.waitFor("Your answer · 0 words", STEP);
      return t;
    } catch (Exception | AssertionError e) {
      t.close();
      throw e;
    }
  }

  /** Ctrl-C saves the draft whole before the question is answered, and y quits. */
  private void quitSaves(Tmux t, String text) throws Exception {
    t.keys("C-c");
    t.waitFor("Quit mockloop?", STEP);
    assertThat(draftOnDisk()).isEqualTo(text);
    t.keys("y");
    t.waitFor("EXIT=0", STEP);
  }

  @Test
  @Timeout(240)
  void aTwentyThousandWordPasteShowsInSecondsAndCtrlCSavesItAll() throws Exception {
    String text = answer(20_000);
    try (Tmux t = answering()) {
      long start = System.nanoTime();
      t.paste(text);
      String screen = t.waitForAll(PASTE, "END-OF-PASTE", "20001 words");
      long ms = (System.nanoTime() - start) / 1_000_000;
      System.out.println("20,000-word paste on screen after " + ms + " ms");
      t.saveScreen("paste-20000");
      assertThat(screen).contains("latency19999.");
      quitSaves(t, text);
    }
    assertThat(draftOnDisk()).isEqualTo(text);
  }

  /**
   * The window resized again and again while the paste comes in: every character arrives, in order.
   * Each resize used to ask the terminal its size on the signal's thread, whose answer was read
   * from the input beside the key thread through a queue that is not thread-safe; the paste lost
   * single characters and runs of a thousand (by hand: 3,498 of 188,902 characters lost in 7
   * places).
   */
  @Test
  @Timeout(240)
  void aPasteDuringResizesKeepsEveryCharacter() throws Exception {
    String text = answer(20_000);
    try (Tmux t = answering()) {
      t.paste(text);
      for (int i = 0; i < 6; i++) {
        Thread.sleep(120);
        t.resize(i % 2 == 0 ? 60 : 90, i % 2 == 0 ? 20 : 30);
      }
      t.waitFor("END-OF-PASTE", PASTE);
      quitSaves(t, text);
    }
    assertThat(draftOnDisk()).isEqualTo(text);
  }

  private String draftOnDisk() {
    SessionStore store = new SessionStore(sessions);
    Transcript t = ((StoredSession.Readable) store.list().get(0)).transcript();
    return t.draft().orElseThrow().text();
  }
}
