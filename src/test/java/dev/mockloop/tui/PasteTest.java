package dev.mockloop.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyStroke;
import dev.mockloop.session.StoredSession;
import dev.mockloop.session.Transcript;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A huge paste into the answer editor, as a terminal delivers it: a burst of character key strokes
 * (and Enter for each line break) that the driver handles together. It used to cost O(n^2): each
 * key read the whole answer twice in the editor and sent it to the round, which wrote it to the
 * draft journal. Now a key only changes the editor, and the text goes to the round once the keys
 * are handled ({@code session.Typing}).
 */
class PasteTest {
  @TempDir Path dir;

  /** {@code words} words in lines of 12, as a pasted document. */
  static String answer(int words) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < words; i++) {
      sb.append(i % 12 == 11 ? "latency" + i + ".\n" : "word" + i + " ");
    }
    return sb.toString();
  }

  /** Nanoseconds to paste {@code words} words into a fresh round, until its frame is drawn. */
  private long pasteNanos(int words, String name) throws Exception {
    String text = answer(words);
    try (VirtualTui tui = VirtualTui.dynamo(dir.resolve(name))) {
      System.gc(); // a collection left over from the last run is not this one's
      long start = System.nanoTime();
      tui.paste(text);
      long took = System.nanoTime() - start;
      assertThat(tui.text()).contains(words + " words");
      return took;
    }
  }

  /**
   * Linear, not quadratic: four times the words take about four times as long (sixteen times when
   * every key cost as much as the answer so far). Compared with each other, not with a time limit,
   * so a slow machine does not fail it: five pairs of runs, one size right after the other, and the
   * median of their ratios, so that a busy moment on a shared machine spoils one pair, not the
   * test.
   */
  @Test
  @Timeout(300)
  void aPasteTakesTimeInProportionToItsLength() throws Exception {
    pasteNanos(20_000, "warm-up-20"); // the JIT compiles the key path first
    pasteNanos(5_000, "warm-up-5");
    double[] ratios = new double[5];
    StringBuilder runs = new StringBuilder();
    for (int i = 0; i < ratios.length; i++) {
      long five = pasteNanos(5_000, "five-" + i);
      long twenty = pasteNanos(20_000, "twenty-" + i);
      ratios[i] = (double) twenty / five;
      runs.append(String.format(" %.0f/%.0f", five / 1e6, twenty / 1e6));
    }
    java.util.Arrays.sort(ratios);
    double median = ratios[ratios.length / 2];
    System.out.printf("paste ms, 5,000/20,000 words:%s; median ratio %.2f%n", runs, median);
    assertThat(median)
        .as("20,000 words against 5,000 (linear 4, quadratic 16); ms%s", runs)
        .isLessThan(8.0);
  }

  @Test
  @Timeout(120)
  void aPastedAnswerReachesTheDraftTheAutosaveAndTheTranscriptWhole() throws Exception {
    String text = answer(20_000);
    try (VirtualTui tui = VirtualTui.dynamo(dir)) {
      tui.paste(text);
      assertThat(tui.text()).contains("20000 words").contains("latency19991.");

      // no autosave is due yet: the draft journal holds it, merged in when the session is read
      assertThat(transcript(tui).draft().orElseThrow().text()).isEqualTo(text);
      tui.clock.advanceSeconds(3);
      tui.tick(); // the autosave: the transcript itself
      assertThat(transcript(tui).draft().orElseThrow().text()).isEqualTo(text);

      tui.type(" and more");
      tui.ctrl('d');
      assertThat(tui.text()).contains("Follow-up 1 of");
      Transcript t = transcript(tui);
      assertThat(t.rounds().get(0).answer().text()).isEqualTo(text + " and more");
    }
  }

  /** Ctrl-C saves the paste at once, even when it came in the same burst as the paste. */
  @Test
  @Timeout(120)
  void ctrlCRightBehindAPasteSavesItAll() throws Exception {
    String text = answer(5_000);
    try (VirtualTui tui = VirtualTui.dynamo(dir)) {
      tui.paste(text);
      for (char c : "and Ctrl-C".toCharArray()) {
        tui.terminal.addInput(new KeyStroke(c, false, false));
      }
      tui.ctrl('c'); // queued behind the typing: handled in one batch with it
      assertThat(tui.text()).contains("Quit mockloop?");
      assertThat(transcript(tui).draft().orElseThrow().text()).isEqualTo(text + "and Ctrl-C");
    }
  }

  private static Transcript transcript(VirtualTui tui) throws Exception {
    return ((StoredSession.Readable) tui.store.list().get(0)).transcript();
  }
}
