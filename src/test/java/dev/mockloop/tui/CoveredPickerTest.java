package dev.mockloop.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import dev.mockloop.bank.Level;
import dev.mockloop.engine.PlanRequest;
import dev.mockloop.session.SessionStatus;
import dev.mockloop.session.StoredSession;
import dev.mockloop.session.Transcript;
import dev.mockloop.session.TranscriptAnswer;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "I covered this" on the results screen, on a virtual terminal. */
class CoveredPickerTest {
  @TempDir Path dir;

  /** p99 covers latency-fit; query-patterns and cost are missed; then two follow-ups. */
  private static VirtualTui scored(Path dir, int cols, int rows) throws Exception {
    VirtualTui tui =
        new VirtualTui(
            dir,
            cols,
            rows,
            false,
            Optional.of(PlanRequest.single(Level.L6, "dynamodb-vs-rds", 1)));
    tui.type(
        "I check p99 first. Reads go by product id.\nWe pay per request, about two"
            + " thousand a month at this load, which is fine for a catalog.");
    tui.ctrl('d');
    tui.type("Switch to provisioned capacity.");
    tui.ctrl('d');
    tui.type("A hybrid with OpenSearch.");
    tui.ctrl('d');
    assertThat(tui.text()).contains("Results · L6 · Round 1 of 1");
    return tui;
  }

  private static TranscriptAnswer mainAnswer(VirtualTui tui) {
    Transcript t = ((StoredSession.Readable) tui.store.list().get(0)).transcript();
    assertThat(t.status()).isEqualTo(SessionStatus.COMPLETED);
    return t.rounds().get(0).answer();
  }

  @Test
  void aMissedPointIsMarkedWithASentenceSavedAndTakenBack() throws Exception {
    try (VirtualTui tui = scored(dir, 80, 24)) {
      // one key line at 80 columns: the short labels (Footer), since Home/End joined the scroll row
      assertThat(tui.text()).contains("c covered");
      tui.type("c");
      String points = tui.text();
      assertThat(points)
          .contains(
              "I covered this: which point?",
              "▸ Main answer · ✗ Point query-patterns",
              "  Main answer · ✗ Point cost",
              "  Follow-up 1 · ✗ Point on-demand",
              "Esc cancel");

      tui.key(KeyType.ArrowDown);
      tui.key(KeyType.Enter);
      String sentences = tui.text();
      assertThat(sentences)
          .contains(
              "I covered this: which sentence?",
              "Main answer · Point cost",
              "▸ 1. I check p99 first.",
              "  2. Reads go by product id.",
              "  3. We pay per request, about two thousand a month at this load, which is");
      tui.key(KeyType.ArrowDown);
      tui.key(KeyType.ArrowDown);
      tui.key(KeyType.Enter);

      String results = tui.text();
      assertThat(results).contains("Marked covered: Point cost");
      assertThat(mainAnswer(tui).disputes())
          .singleElement()
          .satisfies(
              d -> {
                assertThat(d.pointId()).isEqualTo("cost");
                assertThat(d.sentence())
                    .isEqualTo(
                        "We pay per request, about two thousand a month at"
                            + " this load, which is fine for a catalog.");
              });
      String shown = scrollUntil(tui, "covered (you said:");
      assertThat(shown).contains("✓ Point cost", "covered (you said: \"We pay per request");

      tui.type("c");
      assertThat(tui.text()).contains("Main answer · ✓ Point cost  covered (you said:");
      tui.key(KeyType.ArrowDown);
      tui.key(KeyType.Enter);
      assertThat(tui.text()).contains("Mark taken back: Point cost");
      assertThat(mainAnswer(tui).disputes()).isEmpty();
    }
  }

  @Test
  void escGoesBackAStepThenCloses() throws Exception {
    try (VirtualTui tui = scored(dir, 80, 24)) {
      tui.type("c");
      tui.key(KeyType.Enter);
      assertThat(tui.text()).contains("which sentence?");
      tui.key(KeyType.Escape);
      assertThat(tui.text()).contains("which point?");
      tui.key(KeyType.Escape);
      assertThat(tui.text()).contains("Your results").doesNotContain("which point?");
      assertThat(mainAnswer(tui).disputes()).isEmpty();
    }
  }

  @Test
  void fitsSixtyByEighteen() throws Exception {
    try (VirtualTui tui = scored(dir, 60, 18)) {
      assertThat(tui.text()).contains("c I covered this");
      tui.type("c");
      tui.key(KeyType.ArrowDown);
      tui.key(KeyType.ArrowDown);
      String points = tui.text();
      assertThat(points)
          .contains("which point?", "▸ Follow-up 1 · ✗ Point on-demand", "Esc cancel");
      assertThat(points.lines()).allMatch(l -> l.length() <= 60);
      tui.key(KeyType.Enter);
      String sentences = tui.text();
      assertThat(sentences).contains("▸ 1. Switch to provisioned capacity.");
      tui.key(KeyType.Enter);
      assertThat(tui.text().lines()).allMatch(l -> l.length() <= 60);
      Transcript t = ((StoredSession.Readable) tui.store.list().get(0)).transcript();
      assertThat(t.rounds().get(0).followUps().get(0).answer().disputed("on-demand")).isTrue();
    }
  }

  private static String scrollUntil(VirtualTui tui, String text) throws Exception {
    for (int i = 0; i < 80 && !tui.text().contains(text); i++) {
      tui.key(KeyType.ArrowDown);
    }
    return tui.text();
  }
}
