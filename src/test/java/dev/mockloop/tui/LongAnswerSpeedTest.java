package dev.mockloop.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keystrokes stay fast with a 5,000-word answer (each key: engine event, autosave, redraw). */
class LongAnswerSpeedTest {
  @TempDir Path dir;

  @Test
  void keystrokesStayFastWithFiveThousandWords() throws Exception {
    try (VirtualTui tui = VirtualTui.dynamo(dir)) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < 5000; i++) {
        sb.append(i % 12 == 11 ? "latency.\n" : "word" + i + " ");
      }
      for (char c : sb.toString().toCharArray()) {
        tui.terminal.addInput(c == '\n' ? new KeyStroke(KeyType.Enter)
            : new KeyStroke(c, false, false));
      }
      tui.settle();
      assertThat(tui.text()).contains("5000 words");
      for (int i = 0; i < 50; i++) { // warm-up
        tui.type("x");
      }
      int keys = 300;
      long start = System.nanoTime();
      for (int i = 0; i < keys; i++) {
        if (i % 3 == 0) {
          tui.key(KeyType.ArrowUp);
        }
        tui.type(i % 7 == 0 ? " " : "y");
      }
      double perKeyMs = (System.nanoTime() - start) / 1e6 / (keys + keys / 3.0);
      System.out.printf("5,000-word answer: %.3f ms per key (event, autosave, full redraw)%n",
          perKeyMs);
      assertThat(perKeyMs).isLessThan(25.0);
    }
  }
}
