package dev.mockloop.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockloop.bank.Level;
import dev.mockloop.engine.PlanRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Headers and key lines at small sizes: titles end in an ellipsis, timer and quit key show. */
class ChromeFitTest {
  @TempDir Path dir;

  @Test
  void theTimerAndQuitKeyShowAt60By18() throws Exception {
    try (VirtualTui tui =
        new VirtualTui(
            dir, 60, 18, true, Optional.of(PlanRequest.single(Level.L6, "dynamodb-vs-rds", 1)))) {
      List<String> lines = tui.text().lines().toList();
      String header = lines.get(0);
      assertThat(header).endsWith(" 12:00").contains("DynamoDB vs RDS");
      assertThat(lines.get(lines.size() - 1)).contains("Ctrl-C quit");
    }
  }

  @Test
  void aNarrowKeyLineShortensLabelsThenWrapsAndNeverDropsAKey() {
    KeyTable keys =
        new KeyTable()
            .row("Ctrl-D/F10", "submit", () -> {})
            .on(Op.SUBMIT)
            .row("PgUp/PgDn", "scroll question", () -> {})
            .brief("scroll")
            .on(Op.PAGE_UP)
            .row("Esc", "leave round", () -> {})
            .brief("leave")
            .on(Op.ESCAPE)
            .row("Ctrl-C", "quit", () -> {})
            .on(Op.INTERRUPT);
    String full = "Ctrl-D/F10 submit  PgUp/PgDn scroll question  Esc leave round  Ctrl-C quit";
    assertThat(Footer.lines(keys, 80)).containsExactly(full);
    assertThat(Footer.lines(keys, 60))
        .containsExactly("Ctrl-D/F10 submit  PgUp/PgDn scroll  Esc leave  Ctrl-C quit");
    assertThat(Footer.lines(keys, 40))
        .containsExactly("Ctrl-D/F10 submit  PgUp/PgDn scroll", "Esc leave  Ctrl-C quit");
    assertThat(Footer.lines(keys, 20))
        .containsExactly("Ctrl-D/F10 submit", "PgUp/PgDn scroll", "Esc leave", "Ctrl-C quit");
    assertThat(Canvas.ellipsize("A title that is far too long", 10)).isEqualTo("A title t…");
  }
}
