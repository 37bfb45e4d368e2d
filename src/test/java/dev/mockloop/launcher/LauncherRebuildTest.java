package dev.mockloop.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher script {@code ./mockloop} rebuilds the jar when a source changed and only then: run
 * on a copy of the repository's layout with stand-ins for {@code mvn} (records the build and makes
 * the jar) and {@code java} (prints its arguments), so no real build runs.
 */
class LauncherRebuildTest {
  @TempDir Path repo;
  private Path builds;

  @BeforeEach
  void layout() throws IOException {
    Files.copy(Path.of("mockloop"), repo.resolve("mockloop"));
    repo.resolve("mockloop").toFile().setExecutable(true);
    Files.writeString(repo.resolve("pom.xml"), "<project/>\n");
    Files.createDirectories(repo.resolve("src/main/java"));
    Files.writeString(repo.resolve("src/main/java/A.java"), "class A {}\n");
    Files.createDirectories(repo.resolve("questions/topic"));
    Files.writeString(repo.resolve("questions/topic/one.yaml"), "id: one\n");
    Path bin = Files.createDirectories(repo.resolve("bin"));
    builds = repo.resolve("builds.log");
    script(
        bin.resolve("mvn"),
        "echo built >> '" + builds + "'; mkdir -p target;" + " echo jar > target/mockloop.jar");
    script(bin.resolve("java"), "echo java \"$@\"");
    Files.writeString(builds, "");
    run(); // the first run builds
    assertThat(buildCount()).isEqualTo(1);
    age(repo);
  }

  private static void script(Path p, String body) throws IOException {
    Files.writeString(p, "#!/usr/bin/env bash\n" + body + "\n");
    p.toFile().setExecutable(true);
  }

  /** Sets every file and folder an hour back, so the jar made next is newer than all. */
  private static void age(Path root) throws IOException {
    FileTime hourAgo = FileTime.from(Instant.now().minusSeconds(3600));
    try (var all = Files.walk(root)) {
      for (Path p : all.toList()) {
        if (!p.getFileName().toString().startsWith("mockloop.")) {
          Files.setLastModifiedTime(p, hourAgo);
        }
      }
    }
  }

  private static void hourBack(Path p) throws IOException {
    Files.setLastModifiedTime(p, FileTime.from(Instant.now().minusSeconds(3600)));
  }

  private String run() throws IOException {
    ProcessBuilder pb =
        new ProcessBuilder(List.of("bash", repo.resolve("mockloop").toString(), "--version"))
            .directory(repo.toFile())
            .redirectErrorStream(true);
    pb.environment().put("PATH", repo.resolve("bin") + ":/usr/bin:/bin");
    pb.environment().put("MOCKLOOP_NO_CDS", "1");
    Process p = pb.start();
    try {
      assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
    return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
  }

  private Process start() throws IOException {
    ProcessBuilder pb =
        new ProcessBuilder(List.of("bash", repo.resolve("mockloop").toString(), "--version"))
            .directory(repo.toFile())
            .redirectErrorStream(true);
    pb.environment().put("PATH", repo.resolve("bin") + ":/usr/bin:/bin");
    pb.environment().put("MOCKLOOP_NO_CDS", "1");
    return pb.start();
  }

  @Test
  void twoStartsAtOnceBuildOnceAndBothRun() throws Exception {
    // a build slow enough for the second start to find it under way
    script(
        repo.resolve("bin/mvn"),
        "echo built >> '" + builds + "'; sleep 2; mkdir -p target; echo jar > target/mockloop.jar");
    Files.writeString(repo.resolve("src/main/java/A.java"), "class A { int y; }\n");
    Process first = start();
    Thread.sleep(500);
    Process second = start();
    assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(second.waitFor(30, TimeUnit.SECONDS)).isTrue();
    String out1 = new String(first.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String out2 = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(buildCount()).as(out1 + out2).isEqualTo(2); // the set-up's build and one more
    assertThat(out1).contains("rebuilding").contains("java").contains("--version");
    assertThat(out2).contains("waiting for it to finish").contains("java").contains("--version");
    assertThat(out2).doesNotContain("rebuilding");
    assertThat(first.exitValue()).isZero();
    assertThat(second.exitValue()).isZero();
  }

  private long buildCount() throws IOException {
    return Files.readAllLines(builds).stream().filter("built"::equals).count();
  }

  @Test
  void anUnchangedCheckoutRunsWithoutBuilding() throws IOException {
    assertThat(run()).contains("java").contains("--version").doesNotContain("rebuilding");
    assertThat(buildCount()).isEqualTo(1);
  }

  @Test
  void theBankCacheWrittenIntoQuestionsIsNotASourceChange() throws IOException {
    Files.writeString(repo.resolve("questions/.mockloop-cache"), "cache");
    assertThat(run()).doesNotContain("rebuilding");
    assertThat(buildCount()).isEqualTo(1);
  }

  @Test
  void anEditedSourceRebuilds() throws IOException {
    Files.writeString(repo.resolve("questions/topic/one.yaml"), "id: one\ntitle: x\n");
    assertThat(run()).contains("sources changed; rebuilding");
    assertThat(buildCount()).isEqualTo(2);
  }

  @Test
  void aRebuildLeavesTheJarARunningSessionReadsUntouched() throws IOException {
    Path jar = repo.resolve("target/mockloop.jar");
    Files.writeString(jar, "the jar a session is running from\n");
    age(repo);
    hourBack(jar); // age() leaves mockloop.* alone; file times are too coarse to order by writes
    try (FileChannel running = FileChannel.open(jar, StandardOpenOption.READ)) {
      Files.writeString(repo.resolve("src/main/java/A.java"), "class A { int x; }\n");
      assertThat(run()).contains("sources changed; rebuilding");
      ByteBuffer read = ByteBuffer.allocate(100);
      running.read(read, 0);
      assertThat(new String(read.array(), 0, read.position(), StandardCharsets.UTF_8))
          .isEqualTo("the jar a session is running from\n");
    }
    assertThat(Files.readString(jar)).isEqualTo("jar\n");
    assertThat(Files.exists(repo.resolve("target/mockloop.jar.previous"))).isFalse();
  }

  @Test
  void aFailedBuildPutsTheOldJarBack() throws IOException {
    Path jar = repo.resolve("target/mockloop.jar");
    Files.writeString(jar, "old\n");
    age(repo);
    hourBack(jar);
    script(repo.resolve("bin/mvn"), "echo '[ERROR] does not compile'; exit 1");
    Files.writeString(repo.resolve("src/main/java/A.java"), "class A {\n");
    assertThat(run()).contains("the build failed").contains("does not compile");
    assertThat(Files.readString(jar)).isEqualTo("old\n");
  }

  @Test
  void aDeletedSourceRebuilds() throws IOException {
    Files.delete(repo.resolve("questions/topic/one.yaml"));
    assertThat(run()).contains("sources changed; rebuilding");
    assertThat(buildCount()).isEqualTo(2);
    assertThat(run()).doesNotContain("rebuilding");
    assertThat(buildCount()).isEqualTo(2);
  }

  @Test
  void aJarBuiltByMavenDirectlyIsTrustedWhenNothingIsNewer() throws IOException {
    Files.delete(repo.resolve("target/mockloop.sources"));
    assertThat(run()).doesNotContain("rebuilding");
    assertThat(Files.exists(repo.resolve("target/mockloop.sources"))).isTrue();
    assertThat(buildCount()).isEqualTo(1);
  }
}
