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
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * Hidden: the training run for the launcher's AppCDS archive. It walks the start-up paths a user
 * hits (the bundled bank, the scorer, the first TUI frames on an off-screen terminal, then the
 * look-up commands {@code questions list}, {@code review list} and {@code review stats} over the
 * session that round saved) so their classes land in the archive. It prints nothing and leaves
 * nothing behind.
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
      TuiContext ctx =
          new TuiContext(
              bank,
              scorer,
              new SessionStore(sessions),
              root.context().clock(),
              false,
              RoundSettings.DEFAULT);
      Warmup.render(ctx, PlanRequest.single(first.levelSet().iterator().next(), first.id(), 1));
      lookUps(sessions);
    } finally {
      try (Stream<Path> walk = Files.walk(sessions)) {
        for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
    return 0;
  }

  /**
   * The look-up commands, as {@link FastPath} runs them, output discarded: the list twice, so that
   * both the index's first build and its light read are walked; then, with the folder's time set
   * back as if it had settled, the list and stats twice more: once to record that time and cache
   * their output, once to print from that cache. The bank is the one these commands would use here,
   * as for any run from this folder.
   */
  private void lookUps(Path sessions) throws IOException {
    CliContext quiet =
        new CliContext(
            root.context().env(),
            InputStream.nullInputStream(),
            new PrintWriter(Writer.nullWriter()),
            new PrintWriter(Writer.nullWriter()),
            root.context().clock());
    run(quiet, sessions, "questions list", "review list", "review stats", "review list");
    Files.setLastModifiedTime(sessions, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
    run(quiet, sessions, "review list", "review stats", "review list", "review stats");
  }

  private static void run(CliContext quiet, Path sessions, String... commands) {
    for (String command : commands) {
      List<String> args = new ArrayList<>(List.of("--sessions", sessions.toString()));
      args.addAll(List.of(command.split(" ")));
      Main.run(args.toArray(new String[0]), quiet);
    }
  }
}
