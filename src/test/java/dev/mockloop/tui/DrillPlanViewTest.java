package dev.mockloop.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import dev.mockloop.bank.Level;
import dev.mockloop.engine.DrillPick;
import dev.mockloop.engine.DrillPlan;
import dev.mockloop.engine.RoundSettings;
import dev.mockloop.engine.TestBank;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code practice --drill} in the TUI: the plan with its reasons before the first round. */
class DrillPlanViewTest {
  @TempDir Path dir;

  @Test
  void thePlanShowsWithReasonsAndEnterStartsIt() throws Exception {
    try (VirtualTui tui = new VirtualTui(dir, 60, 18, true, Optional.empty())) {
      DrillPlan plan =
          new DrillPlan(
              Level.L6,
              List.of(
                  new DrillPick(
                      TestBank.dynamo(),
                      DrillPick.Kind.WEAK,
                      "weak spot: asks \u201cPoint cost\u201d (missed twice)")));
      tui.app.startDrill(plan, plan.request(1, RoundSettings.DEFAULT));
      tui.tick(); // a tick asks for a redraw, as the TUI's timer does
      String screen = tui.text();
      assertThat(screen)
          .contains("Drill at L6")
          .contains("1. DynamoDB vs RDS at 100K QPS")
          .contains("weak spot: asks \u201cPoint cost\u201d (missed twice)")
          .contains("Enter start the drill")
          .contains("Ctrl-C quit");
      tui.key(KeyType.Enter);
      assertThat(tui.text())
          .contains("L6 · Round 1 of 1 · DynamoDB vs RDS")
          .contains("Read the question and context");
    }
  }
}
