package dev.mockloop.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mockloop}: the root command. Its options come before any subcommand. */
@Command(
    name = "mockloop",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {"Practise Amazon L6/L7 technical interview rounds in the terminal.",
        "With no command, opens the home screen (plain line mode without a terminal)."},
    // subcommands are added by Cli.build, only those a command line needs (start-up time)
    subcommands = {})
public final class RootCommand implements Callable<Integer> {
  private final Map<String, String> env;

  @Spec CommandSpec spec;

  @Option(
      names = "--questions",
      paramLabel = "DIR",
      description = "Question bank folder (default: $MOCKLOOP_QUESTIONS, ./questions, or the bundled bank).")
  Path questions;

  @Option(
      names = "--sessions",
      paramLabel = "DIR",
      description = "Where transcripts are saved (default: $MOCKLOOP_SESSIONS or ./sessions).")
  Path sessions;

  @Option(names = "--no-color", description = "Plain output without colour (also: $NO_COLOR).")
  boolean noColor;

  @Option(names = "--debug", description = "Show stack traces for internal errors.", hidden = true)
  boolean debug;

  public RootCommand(Map<String, String> env) {
    this.env = Map.copyOf(env);
  }

  /** With no subcommand: the TUI home screen (level, mode, topic). */
  @Override
  public Integer call() throws Exception {
    return PracticeLauncher.run(this, dev.mockloop.engine.RoundSettings.DEFAULT,
        java.util.Optional.empty(), spec.commandLine().getOut(), spec.commandLine().getErr());
  }

  public Map<String, String> env() {
    return env;
  }

  public boolean debug() {
    return debug;
  }

  /** True when colour is off by option or by a non-empty NO_COLOR. */
  public boolean noColor() {
    String nc = env.get("NO_COLOR");
    return noColor || (nc != null && !nc.isEmpty());
  }

  /**
   * The question bank folder: {@code --questions}, else {@code $MOCKLOOP_QUESTIONS}, else
   * {@code ./questions} when it exists; empty means the bank bundled in the jar.
   */
  public Optional<Path> questionsDir() {
    if (questions != null) {
      return Optional.of(nonEmpty(questions, "--questions"));
    }
    String fromEnv = env.get("MOCKLOOP_QUESTIONS");
    if (fromEnv != null && !fromEnv.isBlank()) {
      return Optional.of(Path.of(fromEnv));
    }
    Path local = Path.of("questions");
    return Files.isDirectory(local) ? Optional.of(local) : Optional.empty();
  }

  /** The sessions folder: {@code --sessions}, else {@code $MOCKLOOP_SESSIONS}, else ./sessions. */
  public Path sessionsDir() {
    String fromEnv = env.get("MOCKLOOP_SESSIONS");
    Path dir = sessions != null ? nonEmpty(sessions, "--sessions")
        : fromEnv != null && !fromEnv.isBlank() ? Path.of(fromEnv) : Path.of("sessions");
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw UserException.invalid("the sessions folder " + dir + " is not a folder (it is a file);"
          + " pass a folder with --sessions DIR");
    }
    return dir;
  }

  /** An empty path would silently mean the current folder: refused. */
  static Path nonEmpty(Path p, String option) {
    if (p.toString().isBlank()) {
      throw UserException.invalid(option + " needs a folder name; it was empty");
    }
    return p;
  }
}
