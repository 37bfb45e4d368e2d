package dev.mockloop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalibrateCommandTest {
  @TempDir Path dir;

  @Test
  void reportsAgreementOnTheShippedCalibrationSet() {
    CliRun r =
        CliRun.run(
            (String) null,
            "--questions",
            "questions",
            "questions",
            "calibrate",
            "src/test/resources/calibration/graded.jsonl",
            "--top",
            "3");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("Calibration of 68 graded answers")
        .containsPattern("Spearman's rho +0\\.9\\d\\d")
        .containsPattern("Kendall's tau-b +0\\.\\d+")
        .contains(
            "Pairwise ordering",
            "By scenario and level",
            "dynamodb-vs-rds L6",
            "Inversions",
            "Largest disagreements",
            "covered:",
            "missed:");
  }

  @Test
  void badLinesAreReportedAndTheRestStillCount() throws IOException {
    Path file = dir.resolve("g.jsonl");
    Files.writeString(
        file,
        """
        {"id": "hi", "scenario": "dynamodb-vs-rds", "level": "L6", "grade": 4, "answer": "I would choose DynamoDB with DAX, a partition key on product_id and a GSI, p99 of 4 ms at 100K QPS."}
        {"id": "lo", "scenario": "dynamodb-vs-rds", "level": "L6", "grade": 0, "answer": "I like turtles."}
        {"id": "nograde", "scenario": "dynamodb-vs-rds", "level": "L6", "answer": "x"}
        """);
    CliRun r =
        CliRun.run(
            (String) null, "--questions", "questions", "questions", "calibrate", file.toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains(file + ":3: \"grade\" must be a number");
    assertThat(r.out()).contains("Calibration of 2 graded answers", "Inversions", "none");
  }

  @Test
  void needsAtLeastTwoAnswers() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("one.jsonl"),
            "{\"id\": 1, \"scenario\": "
                + "\"dynamodb-vs-rds\", \"level\": \"L6\", \"grade\": 2, \"answer\": \"DynamoDB.\"}\n");
    CliRun r =
        CliRun.run(
            (String) null, "--questions", "questions", "questions", "calibrate", file.toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("has 1 usable graded answer; calibration needs at least 2");
  }
}
