package dev.mockloop.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.mockloop.session.StoredSession;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 5,000-word answer is typed, counted and autosaved whole, and the editor still moves and inserts
 * where it should. How fast each key is at that size is measured by {@code
 * bench/java/dev/mockloop/tui/KeyBench}, not here.
 */
class LongAnswerEditingTest {
  @TempDir Path dir;

  @Test
  void fiveThousandWordAnswerIsCountedAutosavedAndStillEditable() throws Exception {
    try (VirtualTui tui = VirtualTui.dynamo(dir)) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < 5000; i++) {
        sb.append(i % 12 == 11 ? "latency.\n" : "word" + i + " ");
      }
      String typed = sb.toString();
      for (char c : typed.toCharArray()) {
        tui.terminal.addInput(
            c == '\n' ? new KeyStroke(KeyType.Enter) : new KeyStroke(c, false, false));
      }
      tui.settle();
      assertThat(tui.text()).contains("5000 words");
      assertThat(savedDraft(tui)).isEqualTo(typed);

      tui.type("extra");
      assertThat(tui.text()).contains("5001 words").contains("extra");
      tui.key(KeyType.ArrowUp);
      tui.type("Q");
      String edited = savedDraft(tui);
      int q = edited.indexOf('Q');
      assertThat(q).as("inserted on the line above the end").isBetween(0, typed.length() - 1);
      assertThat(edited.substring(0, q) + edited.substring(q + 1)).isEqualTo(typed + "extra");
      String word =
          edited.substring(0, q).replaceAll("(?s).*\\s", "")
              + edited.substring(q).split("\\s", 2)[0];
      assertThat(tui.text())
          .as("the edited line stays on screen")
          .contains(word)
          .contains(AnswerEditor.countWords(edited) + " words");
    }
  }

  /** The draft on disk once the autosave interval has passed. */
  private static String savedDraft(VirtualTui tui) throws Exception {
    tui.clock.advanceSeconds(3);
    tui.tick();
    StoredSession.Readable s = (StoredSession.Readable) tui.store.list().get(0);
    return s.transcript().draft().orElseThrow().text();
  }
}
