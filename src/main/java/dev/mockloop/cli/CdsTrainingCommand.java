package dev.mockloop.cli;

import dev.mockloop.bank.Bank;
import dev.mockloop.bank.BankLoader;
import dev.mockloop.bank.Scenario;
import dev.mockloop.engine.PlanRequest;
import dev.mockloop.engine.RoundSettings;
import dev.mockloop.scoring.Scorer;
import dev.mockloop.session.SessionStore;
import dev.mockloop.tui.TuiContext;
import dev.mockloop.tui.Warmup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * Hidden: the training run for the launcher's AppCDS archive. It walks the start-up paths a user
 * hits (the bundled bank, the scorer, the first TUI frames on an off-screen terminal) so their
 * classes land in the archive. It prints nothing and leaves nothing behind.
 */
@Command(name = "cds-training", hidden = true, description = "Training run for the AppCDS archive.")
final class CdsTrainingCommand implements Callable<Integer> {
  @ParentCommand RootCommand root;

  @Override
  public Integer call() throws IOException {
    Bank bank = BankLoader.loadBundled().bank();
    Scorer scorer = new Scorer(bank.glossary());
    Scenario first = bank.scenarios().get(0);
    Path sessions = Files.createTempDirectory("mockloop-cds");
    try {
      TuiContext ctx = new TuiContext(bank, scorer, new SessionStore(sessions),
          root.context().clock(),
          false, RoundSettings.DEFAULT);
      Warmup.render(ctx, PlanRequest.single(first.levelSet().iterator().next(), first.id(), 1));
    } finally {
      try (Stream<Path> walk = Files.walk(sessions)) {
        for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
    return 0;
  }
}
