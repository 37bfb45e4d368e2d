package dev.mockloop.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's AppCDS training run: under a pseudo-terminal ({@code script}) when it can, so the
 * training opens the real terminal; run plainly when {@code script} fails. A stand-in {@code java}
 * records its arguments and whether its input is a terminal, and writes the archive it is asked
 * for; the jar is up to date, so nothing builds.
 */
class LauncherCdsTest {
  @TempDir Path repo;
  private Path log;

  @BeforeEach
  void layout() throws IOException {
    Files.copy(Path.of("mockloop"), repo.resolve("mockloop"));
    Files.writeString(repo.resolve("pom.xml"), "<project/>\n");
    Files.createDirectories(repo.resolve("src/main/java"));
    Files.createDirectories(repo.resolve("questions"));
    Files.createDirectories(repo.resolve("target"));
    Files.createDirectories(repo.resolve("bin"));
    log = repo.resolve("java.log");
    FileTime hourAgo = FileTime.from(Instant.now().minusSeconds(3600));
    for (Path p : List.of(repo.resolve("pom.xml"), repo.resolve("src/main/java"))) {
      Files.setLastModifiedTime(p, hourAgo);
    }
    Files.writeString(repo.resolve("target/mockloop.jar"), "jar");
    script(
        "java",
        "for a in \"$@\"; do case \"$a\" in -XX:ArchiveClassesAtExit=*)"
            + " echo archive > \"${a#-XX:ArchiveClassesAtExit=}\";; esac; done\n"
            + "if [ -t 0 ]; then t=tty; else t=notty; fi\n"
            + "echo \"java $t $*\" >> '"
            + log
            + "'");
  }

  private void script(String name, String body) throws IOException {
    Path p = repo.resolve("bin").resolve(name);
    Files.writeString(p, "#!/usr/bin/env bash\n" + body + "\n");
    p.toFile().setExecutable(true);
  }

  private List<String> run(String... args) throws IOException, InterruptedException {
    List<String> command = new java.util.ArrayList<>(List.of("bash", "mockloop"));
    command.addAll(args.length == 0 ? List.of("--version") : List.of(args));
    ProcessBuilder pb =
        new ProcessBuilder(command)
            .directory(repo.toFile())
            .redirectErrorStream(true)
            .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    pb.environment().put("PATH", repo.resolve("bin") + ":/usr/bin:/bin");
    pb.environment().remove("MOCKLOOP_NO_CDS");
    Process p = pb.start();
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    p.getInputStream().readAllBytes();
    return Files.readAllLines(log, StandardCharsets.UTF_8);
  }

  @Test
  void theTrainingRunsOnAPseudoTerminalUnderScript() throws Exception {
    Assumptions.assumeTrue(
        Files.isExecutable(Path.of("/usr/bin/script")), "util-linux script is not installed");
    List<String> calls = run();
    assertThat(calls).hasSize(2);
    assertThat(calls.get(0))
        .startsWith("java tty -XX:ArchiveClassesAtExit=")
        .endsWith("cds-training");
    assertThat(calls.get(1))
        .startsWith("java notty")
        .contains(
            "-XX:SharedArchiveFile="
                + repo.resolve("target/mockloop.jsa")
                + " -XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0")
        .endsWith("--version");
    assertThat(Files.readString(repo.resolve("target/mockloop.jsa"))).isEqualTo("archive\n");
  }

  @Test
  void oneShotAndInteractiveCommandsCompileLaterBatchScoringDoesNot() throws Exception {
    script("script", "exit 1");
    List<String> calls = run();
    assertThat(calls.get(1))
        .contains("-XX:TieredStopAtLevel=1 -XX:CompileThresholdScaling=3 -Dsun.reflect")
        .doesNotContain(
            "GC"); // G1, the default: Java 17 maps the archived module graph only with it
    List<String> batch = run("score", "--batch", "answers.jsonl");
    assertThat(batch.get(batch.size() - 1))
        .endsWith("score --batch answers.jsonl")
        .doesNotContain("CompileThresholdScaling")
        .doesNotContain("TieredStopAtLevel");
  }

  @Test
  void withoutAWorkingScriptTheTrainingRunsPlainly() throws Exception {
    script("script", "exit 1");
    List<String> calls = run();
    assertThat(calls).hasSize(2);
    assertThat(calls.get(0))
        .startsWith("java notty -XX:ArchiveClassesAtExit=")
        .endsWith("cds-training");
    assertThat(calls.get(1)).contains("-XX:SharedArchiveFile=").endsWith("--version");
    assertThat(Files.exists(repo.resolve("target/mockloop.jsa"))).isTrue();
  }
}
