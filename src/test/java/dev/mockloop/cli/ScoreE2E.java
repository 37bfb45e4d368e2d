package dev.mockloop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar as a user runs it: score a file, a pipe and a batch; bad input exits 2. */
@Tag("e2e")
class ScoreE2E {
  @TempDir Path dir;

  private record Run(int status, String out, String err) {}

  private Run run(String stdin, String... args) throws IOException, InterruptedException {
    List<String> cmd =
        new ArrayList<>(List.of("java", "-jar", "target/mockloop.jar", "--questions", "questions"));
    cmd.addAll(List.of(args));
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    ProcessBuilder pb =
        new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile());
    pb.environment().put("NO_COLOR", "1");
    Process p = pb.start();
    if (stdin != null) {
      p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
    }
    p.getOutputStream().close();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
  }

  @Test
  @Timeout(180)
  void scoresAFileAPipeAndABatch() throws Exception {
    Path answer = Files.writeString(dir.resolve("answer.txt"), ScoreCommandTest.ANSWER);
    Run file =
        run(null, "score", "--scenario", "dynamodb-vs-rds", "--level", "L6", answer.toString());
    assertThat(file.status()).as(file.err()).isZero();
    assertThat(file.out())
        .containsPattern("dynamodb-vs-rds \\(L6\\): \\d+/100")
        .contains("  ✓ ", "matched: ", "grade band");

    Run pipe =
        run(
            "I would not use DynamoDB or DAX.",
            "score",
            "--scenario",
            "dynamodb-vs-rds",
            "--level",
            "L6",
            "--json");
    assertThat(pipe.status()).isZero();
    assertThat(pipe.out()).contains("\"negated\" : [ {").contains("\"text\" : \"DAX\"");

    Path batch =
        Files.writeString(
            dir.resolve("b.jsonl"),
            "{\"id\": 1, \"scenario\": \"kinesis-vs-sqs\", \"level\": \"L7\", \"answer\": \"Buy "
                + "managed Kinesis, hire two stream engineers, phase it in.\"}\n{oops\n");
    Run b = run(null, "score", "--batch", batch.toString());
    assertThat(b.status()).isEqualTo(2);
    assertThat(b.out().lines().toList()).hasSize(2);
    assertThat(b.out().lines().toList().get(1)).contains("\"line\":2", "invalid JSON");
  }

  @Test
  @Timeout(120)
  void badInputExitsTwoWithoutAStackTrace() throws Exception {
    Run r = run("", "score", "--scenario", "dynamodb-vs-rds", "--level", "L6");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("standard input is empty").doesNotContain("at dev.");
  }
}
