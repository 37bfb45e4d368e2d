package dev.mockloop.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ScopeType;

/**
 * {@code mockloop}: the root command. Its scope is inherited: every subcommand gets the help and
 * version options, the version provider and the {@link GlobalOptions}, and reaches this object (the
 * options and the {@link CliContext}) through {@code @ParentCommand}.
 */
@Command(
    name = "mockloop",
    scope = ScopeType.INHERIT,
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Practise Amazon L6/L7 technical interview rounds in the terminal.",
      "With no command, opens the home screen (plain line mode without a terminal)."
    },
    // subcommands are added by Cli.build, only those a command line needs (start-up time)
    subcommands = {})
public final class RootCommand implements Callable<Integer> {
  private final CliContext context;

  @Mixin GlobalOptions options = new GlobalOptions();

  public RootCommand(CliContext context) {
    this.context = context;
  }

  /** With no subcommand: the TUI home screen (level, mode, topic). */
  @Override
  public Integer call() throws Exception {
    return PracticeLauncher.run(
        this,
        dev.mockloop.engine.RoundSettings.DEFAULT,
        java.util.Optional.empty(),
        context.out(),
        context.err());
  }

  /** The environment, streams and clock this run was given. */
  CliContext context() {
    return context;
  }

  public Map<String, String> env() {
    return context.env();
  }

  public boolean debug() {
    return options.debug;
  }

  /** True when colour is off by option or by a non-empty NO_COLOR. */
  public boolean noColor() {
    String nc = env().get("NO_COLOR");
    return options.noColor || (nc != null && !nc.isEmpty());
  }

  /**
   * The question bank folder: {@code --questions}, else {@code $MOCKLOOP_QUESTIONS}, else {@code
   * ./questions} when it exists; empty means the bank bundled in the jar.
   */
  public Optional<Path> questionsDir() {
    if (options.questions != null) {
      return Optional.of(nonEmpty(options.questions, "--questions"));
    }
    String fromEnv = env().get("MOCKLOOP_QUESTIONS");
    if (fromEnv != null && !fromEnv.isBlank()) {
      return Optional.of(Path.of(fromEnv));
    }
    Path local = Path.of("questions");
    return Files.isDirectory(local) ? Optional.of(local) : Optional.empty();
  }

  /** The sessions folder: {@code --sessions}, else {@code $MOCKLOOP_SESSIONS}, else ./sessions. */
  public Path sessionsDir() {
    String fromEnv = env().get("MOCKLOOP_SESSIONS");
    Path dir =
        options.sessions != null
            ? nonEmpty(options.sessions, "--sessions")
            : fromEnv != null && !fromEnv.isBlank() ? Path.of(fromEnv) : Path.of("sessions");
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw UserException.invalid(
          "the sessions folder "
              + dir
              + " is not a folder (it is a file);"
              + " pass a folder with --sessions DIR");
    }
    return dir;
  }

  /**
   * A command to suggest in advice: {@code mockloop WORDS}, with the {@code --questions} folder
   * this run was given, so the suggestion looks at the same bank.
   */
  public String command(String words) {
    return "mockloop "
        + words
        + (options.questions == null
            ? ""
            : " --questions " + shellWord(options.questions.toString()));
  }

  /** {@code s} as one shell word: as it is when that is safe, else in single quotes. */
  static String shellWord(String s) {
    return !s.isEmpty() && s.matches("[A-Za-z0-9_./~:=+@%-]+")
        ? s
        : "'" + s.replace("'", "'\\''") + "'";
  }

  /** An empty path would silently mean the current folder: refused. */
  static Path nonEmpty(Path p, String option) {
    if (p.toString().isBlank()) {
      throw UserException.invalid(option + " needs a folder name; it was empty");
    }
    return p;
  }
}
