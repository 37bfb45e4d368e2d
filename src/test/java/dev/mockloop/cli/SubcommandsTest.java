package dev.mockloop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The command model: which subcommands a command line needs (read from the root's own spec), the
 * global options inherited by every subcommand, and the {@link CliContext} reaching the commands.
 */
class SubcommandsTest {
  private static final CommandSpec ROOT =
      Cli.build(TestContext.quiet(Map.of()), List.of("--version")).getCommandSpec();

  private static Subcommands.Need need(String... args) {
    return Subcommands.needed(ROOT, List.of(args));
  }

  @Test
  void theNamedSubcommandOrItsAliasIsTheOnlyOneBuilt() {
    assertThat(need("score", "--json")).isEqualTo(new Subcommands.Need.One(ScoreCommand.class));
    assertThat(need("practise")).isEqualTo(new Subcommands.Need.One(PracticeCommand.class));
    assertThat(need("--no-color", "--sessions", "s", "review", "list"))
        .isEqualTo(new Subcommands.Need.One(ReviewCommand.class));
    assertThat(need("practice", "--help"))
        .isEqualTo(new Subcommands.Need.One(PracticeCommand.class));
  }

  @Test
  void anOptionValueNamedLikeACommandIsAValueNotACommand() {
    assertThat(need("--questions", "score", "questions", "list"))
        .isEqualTo(new Subcommands.Need.One(QuestionsCommand.class));
    assertThat(need("--questions=score")).isEqualTo(new Subcommands.Need.None());
  }

  @Test
  void helpTyposAndUnknownOptionsGetTheWholeTreeRootOptionsAloneGetNone() {
    assertThat(need("--help")).isEqualTo(new Subcommands.Need.All());
    assertThat(need("help", "score")).isEqualTo(new Subcommands.Need.All());
    assertThat(need("scroe")).isEqualTo(new Subcommands.Need.All());
    assertThat(need("--frobnicate")).isEqualTo(new Subcommands.Need.All());
    assertThat(need("--debug", "--no-color")).isEqualTo(new Subcommands.Need.None());
    assertThat(need("-V")).isEqualTo(new Subcommands.Need.None());
  }

  @Test
  void everySubcommandInheritsHelpVersionAndTheGlobalOptions() {
    CommandLine tree = Cli.build(TestContext.quiet(Map.of()), List.of("--help"));
    assertThat(tree.getSubcommands())
        .containsKeys(
            "practice",
            "practise",
            "review",
            "questions",
            "score",
            "completion",
            "cds-training",
            "help");
    for (String path : List.of("practice", "score", "review list", "questions calibrate")) {
      CommandLine cl = tree;
      for (String word : path.split(" ")) {
        cl = cl.getSubcommands().get(word);
      }
      CommandSpec spec = cl.getCommandSpec();
      assertThat(spec.findOption("--help")).as(path).isNotNull();
      assertThat(spec.findOption("--version")).as(path).isNotNull();
      assertThat(spec.findOption("--questions")).as(path).isNotNull();
      assertThat(spec.findOption("--sessions")).as(path).isNotNull();
      assertThat(spec.findOption("--no-color")).as(path).isNotNull();
    }
  }

  @Test
  void aGlobalOptionAfterTheCommandWordsReachesTheRootAndStdinComesFromTheContext() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String[] args = {
      "score",
      "--scenario",
      "dynamodb-vs-rds",
      "--level",
      "L6",
      "--json",
      "--questions",
      CliGoldenTest.BANK
    };
    int status =
        Main.run(
            args,
            TestContext.of(
                Map.of("NO_COLOR", "1"),
                "p99 of 1-4 ms".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                out,
                err,
                Clock.systemUTC()));
    assertThat(status).as(err.toString()).isZero();
    assertThat(out.toString()).contains("\"scenario\" : \"dynamodb-vs-rds\"", "\"text\" : \"p99\"");
  }

  @Test
  void subcommandVersionUsesTheInheritedProvider() {
    StringWriter out = new StringWriter();
    int status =
        Main.run(
            new String[] {"review", "list", "--version"},
            TestContext.of(Map.of(), null, out, new StringWriter(), Clock.systemUTC()));
    assertThat(status).isZero();
    assertThat(out.toString()).startsWith("mockloop ");
  }
}
