package dev.mockloop.tui;

import com.googlecode.lanterna.input.KeyType;
import dev.mockloop.session.SessionStore;
import dev.mockloop.session.Transcripts;
import dev.mockloop.testing.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Whole 80x24 screens from Lanterna's virtual terminal, compared with golden files under {@code
 * golden/tui/}: the home screen, a round being answered, the results of that round and the review
 * browser's list. The clock is the test's and the scorer a fake, so every cell is repeatable. The
 * sessions folder is a fixed relative path (the results screen prints where it saved) and the
 * session id's random suffix is replaced by as many letters, so the layout does not move.
 */
class ScreenGoldenTest {
  private final Path dir = Path.of("target", "tui-golden");

  @BeforeEach
  void emptySessionsFolder() throws IOException {
    if (Files.exists(dir)) {
      try (Stream<Path> walk = Files.walk(dir)) {
        for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  private static String stable(String screen) {
    return screen.replaceAll("(\\d{4}-\\d\\d-\\d\\dT\\d{4})-[a-z2-9]{6}", "$1-RANDOM");
  }

  @Test
  void homeScreen() throws Exception {
    try (VirtualTui tui = new VirtualTui(dir, 80, 24, false, Optional.empty())) {
      Golden.check("tui/home.txt", tui.text());
    }
  }

  @Test
  void roundAndResultsScreens() throws Exception {
    try (VirtualTui tui = VirtualTui.dynamo(dir)) {
      tui.key(KeyType.Enter);
      tui.type("DynamoDB gives p99 of 1-4 ms at 100K QPS.\nRDS would need sharding.");
      tui.clock.advanceSeconds(65);
      tui.tick();
      Golden.check("tui/round.txt", tui.text());

      tui.ctrl('d');
      tui.type("A hybrid: stream changes to OpenSearch.");
      tui.ctrl('d');
      tui.type("Switch to on-demand.");
      tui.ctrl('d');
      for (int i = 0; i < 80; i++) {
        tui.key(KeyType.ArrowUp);
      }
      Golden.check("tui/results.txt", stable(tui.text()));
    }
  }

  @Test
  void reviewBrowserList() throws Exception {
    SessionStore store = new SessionStore(dir);
    store.save(
        Transcripts.dynamo(
            "2026-11-10T0900-aaaaaa", "2026-11-10T09:00:00Z", "Mind the access pattern and p99."));
    store.save(
        Transcripts.dynamo(
            "2026-11-12T0900-bbbbbb", "2026-11-12T09:00:00Z", "Quote p99 and the cost per read."));
    try (VirtualTui tui = new VirtualTui(dir, 80, 24, false, Optional.empty())) {
      tui.type("r");
      Golden.check("tui/review.txt", tui.text());
    }
  }
}
