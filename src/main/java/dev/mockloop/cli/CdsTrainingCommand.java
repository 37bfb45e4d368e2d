package dev.mockloop.cli;

import dev.mockloop.bank.Bank;
import dev.mockloop.bank.BankCache;
import dev.mockloop.bank.BankLoader;
import dev.mockloop.bank.Scenario;
import dev.mockloop.engine.PlanRequest;
import dev.mockloop.engine.RoundSettings;
import dev.mockloop.scoring.Scorer;
import dev.mockloop.session.SessionStore;
import dev.mockloop.tui.FrontEnd;
import dev.mockloop.tui.TuiContext;
import dev.mockloop.tui.Warmup;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * Hidden: the training run for the launcher's AppCDS archive. It walks the start-up paths a user
 * hits (the bundled bank, the scorer, the first TUI frames on an off-screen terminal, then the
 * look-up commands {@code questions list}, {@code review list} and {@code review stats} over the
 * session that round saved, and the walk of a user bank, a copy of the bundled one) so their
 * classes land in the archive. Run on a terminal (the launcher runs it under a pseudo-terminal when
 * {@code script} is there), it also opens the home screen and a round as a user's start does,
 * through the real terminal (its opening, Lanterna's Unix terminal and input decoder, signals),
 * each ended by end of input once its first frame is drawn. It prints nothing but those frames and
 * leaves nothing behind.
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
      if (FrontEnd.hasConsole()) {
        firstFrames(sessions, bank);
      }
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
   * their output, once to print from that cache; then, that output removed, once more each, made
   * from the list and stats digests as the first ones after a practice session are. The bank is the
   * one these commands would use here, as for any run from this folder.
   */
  private void lookUps(Path sessions) throws IOException {
    CliContext quiet =
        new CliContext(
            root.context().env(),
            InputStream.nullInputStream(),
            new PrintWriter(new Utf8Writer(OutputStream.nullOutputStream()), true),
            new PrintWriter(new Utf8Writer(OutputStream.nullOutputStream()), true),
            root.context().clock());
    run(quiet, sessions, "questions list", "review list", "review stats", "review list");
    Files.setLastModifiedTime(sessions, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
    run(quiet, sessions, "review list", "review stats", "review list", "review stats");
    try (DirectoryStream<Path> kept =
        Files.newDirectoryStream(sessions.resolve(".mockloop"), "result-*")) {
      for (Path p : kept) {
        Files.delete(p);
      }
    }
    run(quiet, sessions, "review list", "review stats"); // from the digests, as after a session
    // a user bank's files stamped, as every start on one does, then listed and loaded through
    // its cache, written from the bundled snapshot (its YAML is not parsed: see
    // docs/performance.md), so that a user bank's round finds the classes of its path archived
    Path bank = Files.createDirectory(sessions.resolve("bank"));
    BankLoader.copyBundled(bank);
    BankCache.stamps(bank);
    BankCache.seed(bank, BankLoader.loadBundled());
    Main.run(new String[] {"--questions", bank.toString(), "questions", "list"}, quiet);
    BankCache.load(bank, Map.of()).result().bank().scenarios().get(0);
  }

  /**
   * The home screen and a round on the process's terminal, each from a sessions folder of its own
   * (no resume offer), as {@link Main} starts them; the round plays a design scenario, as most do.
   * The terminal's size comes from the terminal's opening ({@code tui.RawTerminal}); standard input
   * answers any size query seen all the same ({@link SizeAnswers}) and then ends, so each UI draws
   * its first frame, reads end of input and closes, restoring the terminal.
   */
  private void firstFrames(Path sessions, Bank bank) throws IOException {
    Scenario round =
        bank.scenarios().stream().filter(s -> !s.behavioral()).findFirst().orElse(null);
    if (round == null) {
      return;
    }
    Map<String, String> env = new HashMap<>(root.context().env());
    env.merge("TERM", "xterm-256color", (given, dflt) -> given.isBlank() ? dflt : given);
    CliContext quiet =
        new CliContext(
            env,
            InputStream.nullInputStream(),
            new PrintWriter(Writer.nullWriter()),
            new PrintWriter(Writer.nullWriter()),
            root.context().clock());
    InputStream stdin = System.in;
    PrintStream stdout = System.out;
    try {
      String level = round.levelSet().iterator().next().name();
      answering(stdout);
      Main.run(new String[] {"--sessions", fresh(sessions).toString()}, quiet);
      answering(stdout);
      Main.run(
          new String[] {
            "--sessions",
            fresh(sessions).toString(),
            "practice",
            "--level",
            level,
            "--scenario",
            round.id()
          },
          quiet);
    } finally {
      System.out.flush();
      System.setIn(stdin);
      System.setOut(stdout);
    }
  }

  private static void answering(PrintStream stdout) {
    SizeAnswers answers = new SizeAnswers(0);
    System.setIn(answers);
    System.setOut(new PrintStream(answers.watch(stdout), true));
  }

  private static Path fresh(Path sessions) throws IOException {
    return Files.createTempDirectory(sessions, "frame");
  }

  private static void run(CliContext quiet, Path sessions, String... commands) {
    for (String command : commands) {
      List<String> args = new ArrayList<>(List.of("--sessions", sessions.toString()));
      args.addAll(List.of(command.split(" ")));
      Main.run(args.toArray(new String[0]), quiet);
    }
  }
}
