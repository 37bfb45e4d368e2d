package dev.mockloop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mockloop completion bash|zsh}, run through a real bash with COMP_WORDS set. */
class CompletionCommandTest {
  @TempDir Path dir;

  private record Run(int status, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(args, new PrintWriter(out), new PrintWriter(err), Map.of());
    return new Run(status, out.toString(), err.toString());
  }

  /** What the script's completion function offers for the words typed so far. */
  private String complete(Path script, String... words) throws Exception {
    StringBuilder arr = new StringBuilder();
    for (String w : words) {
      arr.append(" '").append(w).append('\'');
    }
    String cmd =
        "source '"
            + script
            + "' 2>/dev/null; COMP_WORDS=("
            + arr
            + " ); COMP_CWORD="
            + (words.length - 1)
            + "; COMP_LINE=\"${COMP_WORDS[*]}\"; COMP_POINT=${#COMP_LINE};"
            + " _complete_mockloop 2>/dev/null; printf '%s\\n' \"${COMPREPLY[@]}\"";
    Process p = new ProcessBuilder("bash", "-c", cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    return out;
  }

  @Test
  void bashCompletesScenarioIdsTopicsAndCommands() throws Exception {
    Run r = run("completion", "bash");
    assertThat(r.status()).as(r.err()).isZero();
    Path script = dir.resolve("mockloop.bash");
    Files.writeString(script, r.out());

    assertThat(complete(script, "mockloop", "practice", "--scenario", "dynamo").lines())
        .containsExactly("dynamodb-vs-rds");
    assertThat(complete(script, "mockloop", "practise", "--scenario", "circuit-b").lines())
        .containsExactly("circuit-breaker");
    assertThat(complete(script, "mockloop", "questions", "show", "kinesis").lines())
        .containsExactly("kinesis-vs-sqs");
    assertThat(complete(script, "mockloop", "practice", "--topic", "data").lines())
        .contains("databases");
    assertThat(complete(script, "mockloop", "comp").lines()).containsExactly("completion");
  }

  @Test
  void zshGetsTheSameFunctionsAndAnUnknownShellIsBadUsage() {
    Run zsh = run("completion", "zsh");
    assertThat(zsh.status()).isZero();
    assertThat(zsh.out()).contains("bashcompinit").contains("dynamodb-vs-rds");
    Run fish = run("completion", "fish");
    assertThat(fish.status()).isEqualTo(2);
    assertThat(fish.err()).contains("completion is for bash or zsh, not 'fish'");
  }
}
