package dev.mockloop.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.mockloop.Medians;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/**
 * Keystroke latency in the answer editor (engine event, autosave check, full redraw on an 80x24
 * virtual terminal) with a 5,000-word answer, side by side with the same keys on an empty answer.
 */
public final class KeyBench {
  private KeyBench() {}

  public static void main(String[] args) throws IOException {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
    int keys = 200;
    try (VirtualTui empty = VirtualTui.dynamo(Files.createTempDirectory("kb-empty"));
        VirtualTui full = VirtualTui.dynamo(Files.createTempDirectory("kb-full"))) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < 5000; i++) {
        sb.append(i % 12 == 11 ? "latency.\n" : "word" + i + " ");
      }
      full.type(sb.toString());
      if (!full.text().contains("5000 words")) {
        throw new IllegalStateException("the long answer did not reach the editor");
      }
      long[] t = Medians.sideBySide(runs, () -> typeKeys(full, keys), () -> typeKeys(empty, keys));
      Medians.report(
          "keystroke, 5,000-word answer", t[0] / 1e6 / keys, t[1] / 1e6 / keys, "ms/key");
    }
  }

  private static void typeKeys(VirtualTui tui, int keys) {
    try {
      for (int i = 0; i < keys; i++) {
        if (i % 10 == 9) {
          tui.key(KeyType.Backspace);
        } else {
          tui.terminal.addInput(new KeyStroke(i % 5 == 0 ? ' ' : 'x', false, false));
          tui.settle();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
