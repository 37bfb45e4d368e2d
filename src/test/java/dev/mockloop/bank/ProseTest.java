package dev.mockloop.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bank text written with hand-made line breaks (a YAML {@code |} block wrapped at 72 columns) is
 * joined into paragraphs once, by the loader, so every screen wraps it to its own width.
 */
class ProseTest {
  @TempDir Path dir;

  @Test
  void joinsHandWrappedLinesButKeepsParagraphsItemsAndIndentedBlocks() {
    String bank =
        "We need a store\nthat serves 100K QPS.\n\n- Checkout calls it\n  from 60"
            + " hosts.\n- p99 is 150 ms.\n1. first\n\nThe table:\n  region  p99\n  eu      40\n";
    assertThat(Prose.reflow(bank))
        .isEqualTo(
            "We need a store that serves 100K QPS.\n\n"
                + "- Checkout calls it from 60 hosts.\n- p99 is 150 ms.\n1. first\n\n"
                + "The table:\n  region  p99\n  eu      40");
    assertThat(Prose.reflow(Prose.reflow(bank))).isEqualTo(Prose.reflow(bank));
    assertThat(Prose.reflow(null)).isNull();
  }

  @Test
  void theLoaderJoinsTheBreaksOfEveryTextAScreenShows() throws Exception {
    String wrapped = "Our product pages are served\n      through CloudFront.\n\n      Design it.";
    String joined = "Our product pages are served through CloudFront.\n\nDesign it.";
    String yaml =
        String.join(
            "\n",
            "id: s",
            "title: T",
            "topic: testing",
            "levels:",
            "  L6:",
            "    prompt: |",
            "      " + wrapped,
            "    context: |",
            "      " + wrapped,
            "    minutes: 10",
            "    rubric:",
            "      - id: p1",
            "        point: |",
            "          Sizes the origin",
            "          load.",
            "        hint: >-",
            "          Do the",
            "          arithmetic.",
            "        dimension: design",
            "        any: [a1, a2, a3]",
            "    follow_ups:",
            "      - id: f1",
            "        ask: |",
            "          What if the",
            "          cache fails?",
            "        rubric:",
            "          - {id: q1, point: Q, dimension: design, any: [c1, c2, c3]}",
            "        model_answer: |",
            "          " + wrapped.replace("      ", "          "),
            "    model_answer: |",
            "      " + wrapped,
            "");
    Files.writeString(dir.resolve("s.yaml"), yaml);
    LoadResult r = BankLoader.load(dir);
    assertThat(r.errors()).isEmpty();
    LevelSpec spec = r.bank().scenarios().get(0).level(Level.L6);
    assertThat(List.of(spec.prompt(), spec.context(), spec.modelAnswer())).containsOnly(joined);
    assertThat(spec.rubric().get(0).point()).isEqualTo("Sizes the origin load.");
    assertThat(spec.rubric().get(0).hint()).isEqualTo("Do the arithmetic.");
    assertThat(spec.followUps().get(0).ask()).isEqualTo("What if the cache fails?");
    assertThat(spec.followUps().get(0).modelAnswer()).isEqualTo(joined);
  }
}
