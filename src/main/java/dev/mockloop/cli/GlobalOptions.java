package dev.mockloop.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The global options, mixed into {@link RootCommand} and inherited by every subcommand, so they may
 * come before or after the command words ({@code mockloop --questions DIR questions list} or {@code
 * mockloop questions list --questions DIR}). Inherited copies set these same fields.
 */
final class GlobalOptions {
  @Option(
      names = "--questions",
      paramLabel = "DIR",
      scope = ScopeType.INHERIT,
      description =
          "Question bank folder (default: $MOCKLOOP_QUESTIONS, ./questions, or the bundled bank).")
  Path questions;

  @Option(
      names = "--sessions",
      paramLabel = "DIR",
      scope = ScopeType.INHERIT,
      description = "Where transcripts are saved (default: $MOCKLOOP_SESSIONS or ./sessions).")
  Path sessions;

  @Option(
      names = "--no-color",
      scope = ScopeType.INHERIT,
      description = "Plain output without colour (also: $NO_COLOR).")
  boolean noColor;

  @Option(
      names = "--debug",
      scope = ScopeType.INHERIT,
      hidden = true,
      description = "Show stack traces for internal errors.")
  boolean debug;
}
