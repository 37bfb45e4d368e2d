package dev.mockloop.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import dev.mockloop.bank.Level;
import dev.mockloop.engine.PlanRequest;
import dev.mockloop.session.SessionStore;
import dev.mockloop.session.Transcripts;
import dev.mockloop.session.UserState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every screen's key lines list exactly the rows of its key table, in order, with nothing dropped,
 * at 80x24 and at the smallest size (60x18): home, the review list and a session, the reading page,
 * the editor, the question overlay, the self-rating, the results, the model answer, the "I covered
 * this" picker and the loop summary.
 */
class FooterKeysTest {
  @TempDir Path dir;

  @ParameterizedTest
  @CsvSource({"80, 24", "60, 18"})
  void everyFooterListsExactlyItsTablesKeys(int cols, int rows) throws Exception {
    new SessionStore(dir)
        .save(
            Transcripts.dynamo(
                "2026-11-10T0900-aaaaaa",
                "2026-11-10T09:00:00Z",
                "Mind the access pattern and p99."));
    Files.writeString(dir.resolve(UserState.FILE), "last_level=L6\n");
    List<String> seen = new ArrayList<>();
    try (VirtualTui tui = new VirtualTui(dir, cols, rows, true, Optional.empty())) {
      check(tui, seen);
      tui.type("r");
      check(tui, seen);
      tui.key(KeyType.Enter);
      check(tui, seen);
      tui.key(KeyType.Escape);
      tui.key(KeyType.Escape);
      check(tui, seen);
    }
    try (VirtualTui tui =
        new VirtualTui(
            dir,
            cols,
            rows,
            true,
            Optional.of(PlanRequest.single(Level.L6, "dynamodb-vs-rds", 1)))) {
      check(tui, seen);
      tui.key(KeyType.Enter);
      tui.type("DynamoDB for the key lookups.");
      check(tui, seen);
      tui.key(KeyType.F2);
      check(tui, seen);
      tui.key(KeyType.F2);
      for (int i = 0; i < 5 && tui.app.view() instanceof RoundView; i++) {
        tui.ctrl('d');
        if (tui.app.view() instanceof RoundView) {
          tui.type("More detail on partition keys.");
        }
      }
      check(tui, seen);
      tui.type("3");
      check(tui, seen);
      tui.type("m");
      check(tui, seen);
      tui.key(KeyType.Escape);
      tui.type("c");
      check(tui, seen);
      tui.key(KeyType.Escape);
      tui.key(KeyType.Enter);
      check(tui, seen);
    }
    assertThat(seen)
        .contains(
            "HomeView",
            "ReviewListView",
            "SessionView",
            "RoundView",
            "RateView",
            "ResultsView",
            "SummaryView");
  }

  private static void check(VirtualTui tui, List<String> seen) {
    View view = tui.app.view();
    seen.add(view.getClass().getSimpleName());
    int width = tui.terminal.getTerminalSize().getColumns();
    List<String> screen = tui.text().lines().toList();
    List<String> expected = Footer.lines(view.keys(), width - 2);
    List<String> bottom =
        screen.subList(screen.size() - expected.size(), screen.size()).stream()
            .map(String::strip)
            .toList();
    String where = view.getClass().getSimpleName() + " at " + width + " columns:\n" + tui.text();
    assertThat(bottom).as(where).containsExactlyElementsOf(expected);
    List<String> entries = bottom.stream().flatMap(l -> List.of(l.split("  ")).stream()).toList();
    List<KeyTable.Row> table = view.keys().shown();
    assertThat(entries).as(where).hasSameSizeAs(table);
    for (int i = 0; i < table.size(); i++) {
      assertThat(entries.get(i))
          .as(where)
          .startsWith(table.get(i).keys + " ")
          .isIn(
              table.get(i).keys + " " + table.get(i).label(),
              table.get(i).keys + " " + table.get(i).brief());
    }
  }
}
